package dev.siamese.model;

import dev.siamese.data.GrayImage;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The one batched scoring of pairs by a network: distances in inference mode (no dropout, BatchNorm on
 * running averages), {@value SiameseNetwork#CHUNK} pairs per forward pass of a pair graph; a network trained by
 * finger embeds each distinct image once and compares the embeddings by its {@link NetworkMetadata#distance()}.
 * Training's per-epoch figures, evaluation and the tests all score through here.
 */
public final class BatchedDistances {
    private BatchedDistances() {
    }

    /** The distances of {@code pairs} of {@code data}, in their order. */
    public static double[] of(SiameseNetwork net, PreparedDataset data, List<ImagePair> pairs) {
        if (pairs.isEmpty()) {
            return new double[0];
        }
        if (net.metadata().byIdentity()) {
            List<GrayImage> left = new ArrayList<>(pairs.size());
            List<GrayImage> right = new ArrayList<>(pairs.size());
            for (ImagePair p : pairs) {
                left.add(data.images().get(p.left()).image());
                right.add(data.images().get(p.right()).image());
            }
            return ofEmbeddings(net, left, right);
        }
        return of(net, new PairTensors(data, net.metadata().layout()), pairs);
    }

    /** The distances of {@code pairs}, from tensors of their data set built once (a pair graph's). */
    public static double[] of(SiameseNetwork net, PairTensors tensors, List<ImagePair> pairs) {
        return inChunks(net, pairs.size(), (from, to) -> tensors.batch(pairs.subList(from, to)));
    }

    /** The distance of each image of {@code left} to the one at the same place of {@code right}. */
    public static double[] of(SiameseNetwork net, List<GrayImage> left, List<GrayImage> right) {
        if (left.size() != right.size()) {
            throw new IllegalArgumentException(left.size() + " left images but " + right.size() + " right ones");
        }
        if (net.metadata().byIdentity()) {
            return ofEmbeddings(net, left, right);
        }
        return inChunks(net, left.size(), (from, to) -> {
            INDArray a = net.input(left.subList(from, to));
            INDArray b = net.input(right.subList(from, to));
            try {
                return PairBatch.of(a, b, ImageTensors.labels(new int[to - from]));
            } finally {
                NativeArrays.free(a, b);
            }
        });
    }

    /** The distances of {@code count} pairs, {@value SiameseNetwork#CHUNK} at a time; {@code batch} builds pairs [from, to). */
    private static double[] inChunks(SiameseNetwork net, int count, BiFunction<Integer, Integer, PairBatch> batch) {
        double[] distances = new double[count];
        for (int from = 0; from < count; from += SiameseNetwork.CHUNK) {
            int to = Math.min(count, from + SiameseNetwork.CHUNK);
            try (PairBatch b = batch.apply(from, to)) {
                double[] d = net.distances(b.left(), b.right());
                System.arraycopy(d, 0, distances, from, d.length);
            }
        }
        return distances;
    }

    /** A network trained by finger: each distinct image (by reference) is embedded once, however many pairs it is in. */
    private static double[] ofEmbeddings(SiameseNetwork net, List<GrayImage> left, List<GrayImage> right) {
        Map<GrayImage, Integer> rows = new IdentityHashMap<>();
        List<GrayImage> distinct = new ArrayList<>();
        for (List<GrayImage> side : List.of(left, right)) {
            for (GrayImage g : side) {
                rows.computeIfAbsent(g, k -> {
                    distinct.add(k);
                    return distinct.size() - 1;
                });
            }
        }
        INDArray all = net.embeddings(distinct);
        INDArray a = all.getRows(left.stream().mapToInt(rows::get).toArray());
        INDArray b = all.getRows(right.stream().mapToInt(rows::get).toArray());
        return RowDistances.of(net.metadata().distance(), a, b).castTo(DataType.DOUBLE).data().asDouble();
    }
}
