package dev.siamese.data;

import dev.siamese.ExperimentException;
import dev.siamese.spec.FolderDatasetSpec;
import dev.siamese.spec.ImageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderDatasetLoaderTest {
    @TempDir
    Path dir;

    private FolderDatasetSpec spec(String pattern, ImageSize resize) {
        return new FolderDatasetSpec(dir, Pattern.compile(pattern), FolderDatasetSpec.DEFAULT_EXTENSIONS, resize);
    }

    private void writeRgb(String name, String format, int w, int h, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        assertTrue(ImageIO.write(img, format, dir.resolve(name).toFile()), "no writer for " + format);
    }

    @Test
    void readsBmpPngAndTiffAsGrayOrderedByIdentityThenName() throws IOException {
        writeRgb("2_1.tif", "tiff", 8, 8, 0x808080);
        writeRgb("1_2.png", "png", 8, 8, 0xff0000);
        writeRgb("1_1.bmp", "bmp", 8, 8, 0x0000ff);
        Files.writeString(dir.resolve("notes.txt"), "ignored: not an image extension");
        List<LabeledImage> images = FolderDatasetLoader.load(spec("^(\\d+)_\\d+", null)); // FVC naming
        assertEquals(List.of("1_1.png", "1_2.png", "2_1.png"), images.stream().map(LabeledImage::file).toList());
        assertEquals(List.of("1", "1", "2"), images.stream().map(LabeledImage::identity).toList());
        assertEquals(29, images.get(0).image().get(0, 0), "blue → luma 0.114 × 255");
        assertEquals(76, images.get(1).image().get(3, 3), "red → luma 0.299 × 255");
        assertEquals(128, images.get(2).image().get(7, 7));
    }

    @Test
    void resizesWhenAskedAndRefusesMixedSizesOtherwise() throws IOException {
        writeRgb("A_1.png", "png", 8, 8, 0xffffff);
        writeRgb("A_2.png", "png", 16, 12, 0xffffff);
        List<LabeledImage> resized = FolderDatasetLoader.load(spec("^(.)", new ImageSize(10, 10)));
        assertEquals(10, resized.get(1).image().width());
        assertEquals(255, resized.get(1).image().get(9, 9));
        ExperimentException e = assertThrows(ExperimentException.class, () -> FolderDatasetLoader.load(spec("^(.)", null)));
        assertTrue(e.getMessage().contains("A_2.png: is 16×12 but earlier images are 8×8"), e.getMessage());
        assertTrue(e.getMessage().contains("dataset.dpi"), "the remedy for real scans: " + e.getMessage());
    }

    @Test
    void aDeclaredResolutionAdmitsScansOfAnySize() throws IOException {
        writeRgb("A_1.png", "png", 8, 8, 0xffffff);
        writeRgb("A_2.png", "png", 16, 12, 0xffffff);
        List<LabeledImage> images = FolderDatasetLoader.load(new FolderDatasetSpec(dir, Pattern.compile("^(.)"),
                FolderDatasetSpec.DEFAULT_EXTENSIONS, null, 500));
        assertEquals(16, images.get(1).image().width(), "kept as scanned");
        assertEquals(12, images.get(1).image().height());
    }

    @Test
    void corruptFileIsNamedNotSkipped() throws IOException {
        writeRgb("A_1.png", "png", 8, 8, 0);
        Files.write(dir.resolve("A_2.png"), new byte[] {1, 2, 3, 4});
        ExperimentException e = assertThrows(ExperimentException.class, () -> FolderDatasetLoader.load(spec("^(.)", null)));
        assertTrue(e.getMessage().startsWith(dir.resolve("A_2.png").toString()), e.getMessage());
    }

    @Test
    void fileNotMatchingThePatternIsNamed() throws IOException {
        writeRgb("1_1.png", "png", 8, 8, 0);
        writeRgb("scan.png", "png", 8, 8, 0);
        ExperimentException e = assertThrows(ExperimentException.class, () -> FolderDatasetLoader.load(spec("^(\\d+)_", null)));
        assertTrue(e.getMessage().contains("scan.png: file name does not match dataset.identityPattern"), e.getMessage());
    }

    @Test
    void socofingNamesJoinSubjectHandAndFinger() {
        FolderDatasetSpec socofing = spec("^(\\d+)__[MF]_(Left|Right)_(\\w+?)_finger", null);
        assertEquals("1_Left_index", FolderDatasetLoader.identity(dir, "1__M_Left_index_finger.BMP", socofing));
        assertEquals("1_Left_index", FolderDatasetLoader.identity(dir, "1__M_Left_index_finger_CR.BMP", socofing));
    }

    @Test
    void missingOrEmptyFolderIsAClearError() {
        FolderDatasetSpec missing = new FolderDatasetSpec(dir.resolve("nope"), Pattern.compile("^(.)"),
                FolderDatasetSpec.DEFAULT_EXTENSIONS, null);
        assertTrue(assertThrows(ExperimentException.class, () -> FolderDatasetLoader.load(missing)).getMessage()
                .contains("data set folder not found"));
        assertTrue(assertThrows(ExperimentException.class, () -> FolderDatasetLoader.load(spec("^(.)", null))).getMessage()
                .contains("no images with extension bmp, png, tif, tiff"));
    }
}
