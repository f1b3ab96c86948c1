package dev.siamese.spec;

import dev.siamese.data.FolderDatasetLoader;
import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import dev.siamese.data.LabeledImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real scans kept out of the repository: {@code ${siamese.realData}}, several folders, what to obtain. */
class RealDataSpecTest {
    @TempDir
    Path dir;

    private Path spec(String dataset) throws IOException {
        Path file = dir.resolve("exp/experiment.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": " + dataset + "}");
        return file;
    }

    private Path scans(String name, int fingers) throws IOException {
        Path folder = dir.resolve("real").resolve(name);
        Files.createDirectories(folder);
        for (int f = 101; f < 101 + fingers; f++) {
            for (int i = 1; i <= 2; i++) {
                Files.write(folder.resolve(f + "_" + i + ".png"), ImageFiles.encodePng(GrayImage.filled(8, 8, 10 * i)));
            }
        }
        return folder;
    }

    @Test
    void realDataIsReadFromTheFolderGivenAndSkippedWithoutIt() throws IOException {
        Path real = scans("fvc2000-db1-b", 2).getParent();
        Path file = spec("{\"type\": \"folder\", \"folder\": \"${siamese.realData}/fvc2000-db1-b\", "
                + "\"obtain\": \"FVC2000 DB1 set B from the FVC2000 site, as PNG\"}");
        FolderDatasetSpec read = (FolderDatasetSpec) new ExperimentSpecReader(List.of(), real).read(file).dataset();
        assertEquals(real.resolve("fvc2000-db1-b"), read.folder(), "below the folder given, though outside the spec's");
        MissingDataException missing = assertThrows(MissingDataException.class,
                () -> new ExperimentSpecReader().read(file));
        assertTrue(missing.getMessage().contains("-Dsiamese.realData=<folder>"), missing.getMessage());
        assertTrue(missing.getMessage().contains("FVC2000 DB1 set B from the FVC2000 site"), "what to obtain: "
                + missing.getMessage());
        MissingDataException partial = assertThrows(MissingDataException.class,
                () -> new ExperimentSpecReader(List.of(), dir.resolve("elsewhere")).read(file));
        assertTrue(partial.getMessage().contains("which is not a folder below siamese.realData="), partial.getMessage());
    }

    @Test
    void severalFoldersKeepTheirFingersApart() throws IOException {
        Path real = scans("db1", 2).getParent();
        scans("db2", 1);
        Path file = spec("{\"type\": \"folder\", \"folder\": [\"${siamese.realData}/db1\", \"${siamese.realData}/db2\"], "
                + "\"identityPattern\": \"^(\\\\d+)_\\\\d+\"}");
        FolderDatasetSpec read = (FolderDatasetSpec) new ExperimentSpecReader(List.of(), real).read(file).dataset();
        List<LabeledImage> images = FolderDatasetLoader.load(read);
        assertEquals(List.of("db1_101_1.png", "db1_101_2.png", "db1_102_1.png", "db1_102_2.png", "db2_101_1.png",
                "db2_101_2.png"), images.stream().map(LabeledImage::file).toList());
        assertEquals(List.of("db1/101", "db1/101", "db1/102", "db1/102", "db2/101", "db2/101"),
                images.stream().map(LabeledImage::identity).toList(), "finger 101 of db1 is not finger 101 of db2");
        SpecException twice = assertThrows(SpecException.class, () -> new ExperimentSpecReader(List.of(), real).read(
                spec("{\"type\": \"folder\", \"folder\": [\"${siamese.realData}/db1\", \"${siamese.realData}/db1\"]}")));
        assertEquals("$.dataset.folder", twice.jsonPath());
        SpecException empty = assertThrows(SpecException.class, () -> new ExperimentSpecReader().read(
                spec("{\"type\": \"folder\", \"folder\": []}")));
        assertEquals("$.dataset.folder", empty.jsonPath());
    }
}
