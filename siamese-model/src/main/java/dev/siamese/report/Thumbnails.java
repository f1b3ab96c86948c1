package dev.siamese.report;

import java.util.List;
import dev.siamese.spec.Confinement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Small PNG data URIs of the data set's images, each file read once and only from inside the data set folder. */
final class Thumbnails {
    private static final Logger LOG = LoggerFactory.getLogger(Thumbnails.class);
    private final Path dataset;
    private final int edge;
    private final Map<String, Optional<String>> cache = new HashMap<>();
    private final Confinement inDataset;

    Thumbnails(Path dataset, int edge) {
        this.dataset = dataset;
        this.inDataset = new Confinement(List.of(dataset));
        this.edge = edge;
    }

    /** Empty when the image is not there (a data set deleted since) or unreadable. */
    Optional<String> dataUri(String file) {
        return cache.computeIfAbsent(file, this::load);
    }

    private Optional<String> load(String file) {
        Path p = dataset.resolve(file);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        if (!inDataset.contains(p)) { // a link, or a damaged list's "../": the report publishes nothing from elsewhere
            LOG.warn("{}: not drawn in the report: it really lies outside the data set folder {}", p, dataset);
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(p.toFile());
            if (image == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) edge / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(small, "png", bytes);
            return Optional.of(Charts.dataUri(bytes.toByteArray()));
        } catch (IOException e) {
            LOG.warn("{}: cannot read image for the report ({})", p, e.getMessage());
            return Optional.empty();
        }
    }
}
