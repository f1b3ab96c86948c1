package dev.siamese.train;

import dev.siamese.data.ManifestEntry;
import dev.siamese.data.Split;
import dev.siamese.model.IdentityBatch;
import dev.siamese.model.ImageTensors;
import dev.siamese.model.InputLayout;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.AugmentationSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Batches of training images labelled by finger, for losses trained over the training fingers: each epoch
 * every training image once, in an order shuffled from the epoch's seed, each augmented afresh from the
 * epoch's augmentation stream. Fingers are numbered in the order of their names, so the class layout only
 * depends on the data set. With {@link EpochImageSource}, every epoch after the first takes each image from there
 * (a new impression of its finger) instead of the data set.
 */
public final class IdentityBatches {
    private final List<float[]> pixels = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private final List<Integer> classes = new ArrayList<>();
    private final int identities;
    private final InputLayout layout;
    private final int height;
    private final int width;
    private final Augmenter augmenter;
    private final boolean augment;

    /** With white where augmentation moves in areas from beyond the image. */
    public IdentityBatches(PreparedDataset data, InputLayout layout, AugmentationSpec augmentation) {
        this(data, layout, augmentation, Augmenter.WHITE);
    }

    /** With {@code background} (0–1) where augmentation moves in areas from beyond the image. */
    public IdentityBatches(PreparedDataset data, InputLayout layout, AugmentationSpec augmentation, float background) {
        this.layout = layout;
        this.height = data.manifest().height();
        this.width = data.manifest().width();
        TreeMap<String, Integer> index = new TreeMap<>();
        for (ManifestEntry e : data.manifest().images()) {
            if (e.split() == Split.TRAIN) {
                index.put(e.identity(), 0);
            }
        }
        int next = 0;
        for (String id : index.keySet()) {
            index.put(id, next++);
        }
        this.identities = next;
        for (ManifestEntry e : data.manifest().images()) {
            if (e.split() == Split.TRAIN) {
                pixels.add(data.images().get(e.file()).image().toUnitFloats());
                files.add(e.file());
                classes.add(index.get(e.identity()));
            }
        }
        this.augmenter = new Augmenter(augmentation, height, width, background);
        this.augment = !augmentation.isNone();
    }

    /** The training images' file names, in index order. */
    public List<String> files() {
        return List.copyOf(files);
    }

    public int identities() {
        return identities;
    }

    public int images() {
        return pixels.size();
    }

    /** The epoch's order of image indices. */
    public List<Integer> order(Random shuffle) {
        List<Integer> order = new ArrayList<>(pixels.size());
        for (int i = 0; i < pixels.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, shuffle);
        return order;
    }

    /**
     * The epoch's order for P×K batches: each finger's images shuffled and cut into groups of {@code k}
     * (a finger's last group filled up with its own images drawn again, so every group is whole), the
     * groups shuffled. Consecutive runs of {@code k} indices then share a finger, and a batch of a multiple
     * of {@code k} images holds whole groups; every image appears at least once an epoch.
     */
    public List<Integer> groupedOrder(Random shuffle, int k) {
        List<List<Integer>> byFinger = new ArrayList<>();
        for (int c = 0; c < identities; c++) {
            byFinger.add(new ArrayList<>());
        }
        for (int i = 0; i < pixels.size(); i++) {
            byFinger.get(classes.get(i)).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> images : byFinger) {
            Collections.shuffle(images, shuffle);
            for (int from = 0; from < images.size(); from += k) {
                List<Integer> group = new ArrayList<>(images.subList(from, Math.min(images.size(), from + k)));
                while (group.size() < k) {
                    group.add(images.get(shuffle.nextInt(images.size())));
                }
                groups.add(group);
            }
        }
        Collections.shuffle(groups, shuffle);
        List<Integer> order = new ArrayList<>(groups.size() * k);
        groups.forEach(order::addAll);
        return order;
    }

    /** The batch of the given image indices, augmented with draws from {@code random}. */
    public IdentityBatch batch(List<Integer> indices, Random random) {
        return batch(indices, random, null, 1);
    }

    /**
     * The same in 1-based {@code epoch}: after the first, with {@code fresh} (may be null), each image is
     * drawn anew from it before being augmented.
     */
    public IdentityBatch batch(List<Integer> indices, Random random, EpochImageSource fresh, int epoch) {
        List<float[]> images = new ArrayList<>(indices.size());
        INDArray labels = Nd4j.zeros(indices.size(), identities);
        for (int i = 0; i < indices.size(); i++) {
            int k = indices.get(i);
            float[] source = fresh != null && epoch > 1 ? fresh.image(files.get(k), epoch).toUnitFloats() : pixels.get(k);
            images.add(augment ? augmenter.apply(source, random) : source);
            labels.putScalar(i, classes.get(k), 1.0);
        }
        return new IdentityBatch(ImageTensors.of(images, height, width, layout), labels);
    }
}
