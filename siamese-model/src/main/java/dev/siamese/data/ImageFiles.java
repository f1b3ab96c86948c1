package dev.siamese.data;

import dev.siamese.ExperimentException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads scans of any format ImageIO knows (BMP, PNG, TIFF, JPEG, GIF) as 8-bit grayscale, and writes PNG. */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * Reads {@code file} as grayscale: gray images keep their values (16-bit ones are scaled to 8),
     * colour ones are converted with the ITU-R 601 luma weights, as Pillow's {@code convert("L")}.
     *
     * @throws ExperimentException naming the file when it cannot be read or decoded
     */
    public static GrayImage readGray(Path file) {
        BufferedImage img;
        try (InputStream in = Files.newInputStream(file)) {
            img = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            throw new ExperimentException(file + ": cannot read image: " + why(e), e);
        }
        if (img == null) {
            throw new ExperimentException(file + ": not an image in a format ImageIO can read (BMP, PNG, TIFF, JPEG, GIF)");
        }
        return toGray(img);
    }

    static GrayImage toGray(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        GrayImage out = GrayImage.filled(w, h, 0);
        Raster raster = img.getRaster();
        boolean plainGray = img.getColorModel().getNumColorComponents() == 1
                && !(img.getColorModel() instanceof java.awt.image.IndexColorModel);
        int bits = img.getColorModel().getComponentSize(0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v;
                if (plainGray) {
                    int s = raster.getSample(x, y, 0);
                    v = bits == 8 ? s : (int) Math.round(s * 255.0 / ((1 << bits) - 1));
                } else {
                    int rgb = img.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    v = (r * 299 + g * 587 + b * 114 + 500) / 1000;
                }
                out.set(x, y, v);
            }
        }
        return out;
    }

    /** Decodes image bytes already in memory (used to check written files). */
    public static GrayImage readGray(byte[] bytes, String name) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new ExperimentException(name + ": not an image in a format ImageIO can read");
            }
            return toGray(img);
        } catch (IOException | RuntimeException e) {
            throw new ExperimentException(name + ": cannot read image: " + why(e), e);
        }
    }

    /** A decoder's complaint for a person; ImageIO's for a cut file has no message (EOFException, null). */
    static String why(Exception e) {
        if (e instanceof EOFException || e.getMessage() == null) {
            return "the file ends early or is damaged (" + e.getClass().getSimpleName() + ")";
        }
        return e.getMessage();
    }

    public static byte[] encodePng(GrayImage image) {
        BufferedImage img = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }
}
