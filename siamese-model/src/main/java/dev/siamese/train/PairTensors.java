package dev.siamese.train;

import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.model.ImageTensors;
import dev.siamese.model.InputLayout;
import dev.siamese.model.PairBatch;
import dev.siamese.pairs.ImagePair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds network batches from pairs of a prepared data set, converting each image once. */
final class PairTensors {
    private final Map<String, float[]> pixels = new HashMap<>();
    private final InputLayout layout;
    private final int height;
    private final int width;

    PairTensors(PreparedDataset data, InputLayout layout) {
        this.layout = layout;
        this.height = data.manifest().height();
        this.width = data.manifest().width();
        for (Map.Entry<String, LabeledImage> e : data.images().entrySet()) {
            GrayImage img = e.getValue().image();
            pixels.put(e.getKey(), img.toUnitFloats());
        }
    }

    PairBatch batch(List<ImagePair> pairs) {
        List<float[]> left = new ArrayList<>(pairs.size());
        List<float[]> right = new ArrayList<>(pairs.size());
        int[] labels = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            ImagePair p = pairs.get(i);
            left.add(image(p.left()));
            right.add(image(p.right()));
            labels[i] = p.label();
        }
        return new PairBatch(ImageTensors.of(left, height, width, layout), ImageTensors.of(right, height, width, layout),
                ImageTensors.labels(labels));
    }

    private float[] image(String file) {
        float[] p = pixels.get(file);
        if (p == null) {
            throw new IllegalArgumentException("pairs.json names " + file + ", which is not in the data set");
        }
        return p;
    }
}
