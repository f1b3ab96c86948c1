package dev.siamese.report;

import dev.siamese.data.BmpWriter;
import dev.siamese.data.GrayImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report draws thumbnails only of files that really lie inside the data set folder. */
class ThumbnailsTest {
    @TempDir
    Path dir;

    @Test
    void aLinkOrAPathOutOfTheDataSetIsNotDrawn() throws IOException {
        Path dataset = Files.createDirectories(dir.resolve("target/siamese/dataset"));
        byte[] bmp = BmpWriter.encode(new GrayImage(8, 8, new byte[64]));
        Files.write(dataset.resolve("A_00.bmp"), bmp);
        Path outside = Files.write(dir.resolve("secret.bmp"), bmp);
        Files.createSymbolicLink(dataset.resolve("A_01.bmp"), outside);
        Thumbnails thumbnails = new Thumbnails(dataset, 16);
        assertTrue(thumbnails.dataUri("A_00.bmp").isPresent(), "a file of the data set is drawn");
        assertTrue(thumbnails.dataUri("A_01.bmp").isEmpty(), "a link to a file elsewhere is not");
        assertTrue(thumbnails.dataUri("../../../secret.bmp").isEmpty(), "nor a path out of the folder");
    }
}
