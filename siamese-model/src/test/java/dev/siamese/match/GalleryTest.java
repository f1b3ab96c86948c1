package dev.siamese.match;

import dev.siamese.ExperimentException;
import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GalleryTest {
    @TempDir
    Path dir;

    private Path scans(int count) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scans"));
        List<GrayImage> images = MatcherFixture.images(count, MatcherFixture.SIZE, 11);
        for (int i = 0; i < count; i++) {
            Files.write(folder.resolve((i / 2 + 1) + "_" + (i % 2 + 1) + ".png"), ImageFiles.encodePng(images.get(i)));
        }
        return folder;
    }

    @Test
    void enrolledFolderSurvivesTheFileAndFindsItsOwnScans() throws IOException {
        FingerprintMatcher matcher = FingerprintMatcher.load(MatcherFixture.outputFolder(
                Files.createDirectories(dir.resolve("model")), 1, 0.05));
        Path scans = scans(6);
        for (TemplateFormat format : TemplateFormat.values()) {
            Gallery g = new Enrollment(matcher).enroll(scans, Pattern.compile("^(\\d+)_"), format);
            Path file = dir.resolve("gallery-" + format.jsonName() + ".bin");
            GalleryFile.write(file, g);
            Gallery back = GalleryFile.read(file);
            assertEquals(g.entries(), back.entries());
            assertEquals(format, back.format());
            assertEquals(matcher.modelSha256(), back.modelSha256());
            for (int i = 0; i < g.size(); i++) {
                assertArrayEquals(g.template(i), back.template(i));
            }
            assertEquals(new GalleryEntry("2", "2_1.png"), back.entries().get(2));
            List<Identification.ProbeResult> found = new Identification(matcher, back, file.toString())
                    .identify(ImageFolder.images(scans.resolve("3_2.png")), 3);
            assertEquals("3_2.png", found.get(0).hits().get(0).source(), format + ": a scan finds itself first");
            List<String> fingers = found.get(0).hits().stream().map(SearchHit::identity).toList();
            assertEquals(3, fingers.size());
            assertEquals(3, fingers.stream().distinct().count(), format + ": three fingers, not two impressions of one");
            List<SearchHit> templates = new Identification(matcher, back, file.toString())
                    .identify(ImageFolder.images(scans.resolve("3_2.png")), 3, Ranking.TEMPLATES).get(0).hits();
            assertEquals(3, templates.size());
            assertEquals("3_2.png", templates.get(0).source());
        }
    }

    @Test
    void refusesAnotherModelsGalleryAndWhatIsNotAGallery() throws IOException {
        FingerprintMatcher one = FingerprintMatcher.load(MatcherFixture.outputFolder(
                Files.createDirectories(dir.resolve("one")), 1, 0.05));
        FingerprintMatcher two = FingerprintMatcher.load(MatcherFixture.outputFolder(
                Files.createDirectories(dir.resolve("two")), 2, 0.05));
        Gallery g = new Enrollment(one).enroll(scans(2), Pattern.compile("^(\\d+)_"), TemplateFormat.FLOAT32);
        ExperimentException other = assertThrows(ExperimentException.class, () -> new Identification(two, g, "g.bin"));
        assertTrue(other.getMessage().startsWith("g.bin: gallery enrolled with model " + one.modelSha256()), other.getMessage());
        Path junk = Files.writeString(dir.resolve("junk.bin"), "hello, not a gallery");
        assertEquals(junk + ": not a gallery file (enroll one first)",
                assertThrows(ExperimentException.class, () -> GalleryFile.read(junk)).getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(empty + ": no images in this folder (extensions bmp, png, tif, tiff)", assertThrows(
                ExperimentException.class, () -> new Enrollment(one).enroll(empty, Pattern.compile("^(.)"),
                        TemplateFormat.FLOAT32)).getMessage());
        ExperimentException unnamed = assertThrows(ExperimentException.class, () ->
                new Enrollment(one).enroll(dir.resolve("scans"), Pattern.compile("^x"), TemplateFormat.FLOAT32));
        assertTrue(unnamed.getMessage().endsWith("does not give an identity by the pattern \"^x\""), unnamed.getMessage());
    }
}
