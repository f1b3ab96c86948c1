package dev.siamese.model;

import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.pairs.ImagePair;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds network batches from pairs of a prepared data set, converting each image once. The images of every batch
 * are written into one array kept from batch to batch: a fresh one for each step cost more than the step's copy it
 * saved (page faults on new memory), so a batch is valid until the next one is built.
 */
public final class PairTensors {
    private final Map<String, float[]> pixels = new HashMap<>();
    private INDArray reused;
    private final InputLayout layout;
    private final int height;
    private final int width;

    public PairTensors(PreparedDataset data, InputLayout layout) {
        this.layout = layout;
        this.height = data.manifest().height();
        this.width = data.manifest().width();
        for (Map.Entry<String, LabeledImage> e : data.images().entrySet()) {
            GrayImage img = e.getValue().image();
            pixels.put(e.getKey(), img.toUnitFloats());
        }
    }

    /** The pairs as one batch, valid until the next one is built. */
    public PairBatch batch(List<ImagePair> pairs) {
        List<float[]> images = new ArrayList<>(2 * pairs.size());
        int[] labels = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            ImagePair p = pairs.get(i);
            images.add(image(p.left()));
            labels[i] = p.label();
        }
        for (ImagePair p : pairs) {
            images.add(image(p.right()));
        }
        return new PairBatch(rows(images), ImageTensors.labels(labels));
    }

    /** The images as the first rows of the kept array, which grows to the largest batch asked for. */
    private INDArray rows(List<float[]> images) {
        long n = images.size();
        if (reused == null || reused.size(0) < n) {
            reused = Nd4j.createUninitialized(DataType.FLOAT, ImageTensors.shape(n, height, width, layout), 'c');
            reused.setCloseable(false);
        }
        ImageTensors.write(images, height, width, reused);
        INDArray rows = ImageTensors.rows(reused, 0, n);
        rows.setCloseable(false); // closing a batch frees its labels, not the kept images (all rows are no view)
        return rows;
    }

    private float[] image(String file) {
        float[] p = pixels.get(file);
        if (p == null) {
            throw new IllegalArgumentException("pairs.json names " + file + ", which is not in the data set");
        }
        return p;
    }
}
