package dev.siamese.match;

import dev.siamese.distance.EmbeddingDistance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact top-k search of a {@link Gallery}: every probe against every template, as one matrix product
 * probes × galleryᵀ. The gallery is kept a second time in blocks of {@value #BLOCK} rows stored dimension by
 * dimension, so that the product's inner loop, {@code acc[r] += p[j] · block[j][r]}, runs over consecutive rows
 * with no reduction: the JIT turns it into SIMD instructions (AVX2, AVX-512), where a dot product per row would
 * stay scalar. Each block stays in cache while every probe of a batch passes it; blocks run in parallel on the
 * common fork-join pool, and each row's sum is taken in the same order whatever the threads, so results do
 * not depend on them. Ranking uses the product alone: for the Euclidean rule
 * ‖p − g‖² = ‖p‖² + ‖g‖² − 2 p·g, so {@code ‖g‖² − 2 p·g} orders like the distance; for cosine
 * {@code −p·g / ‖g‖}. The k found are then given their distance by the model's rule
 * ({@link EmbeddingDistance#between}), so a reported distance is what {@code match} says for the pair.
 * An int8 gallery is searched with int8 probes (quantised as the templates) in integer arithmetic; its blocks
 * are laid out for, and their dot products taken by, {@link Int8Kernel#best()}: the Vector API where the JVM
 * loads it, the scalar loop otherwise, with the same sums.
 */
public final class ExactSearch {
    static final int BLOCK = 512;

    private final Gallery gallery;
    /** Per row: score = weight · dot + offset (lower is nearer). */
    private final float[] weight;
    private final float[] offset;
    /** FLOAT32: block b holds rows [b·BLOCK, ...) as value (row r, dimension j) at j · BLOCK + r. */
    private final float[][] floatBlocks;
    /** INT8: block b holds rows [b·BLOCK, ...), value (row r, dimension j) at the kernel's {@link Int8Kernel#at}. */
    private final byte[][] codeBlocks;
    private final Int8Kernel kernel;

    public ExactSearch(Gallery gallery) {
        this(gallery, Int8Kernel.best());
    }

    ExactSearch(Gallery gallery, Int8Kernel kernel) {
        this.gallery = gallery;
        this.kernel = kernel;
        int n = gallery.size();
        int e = gallery.dimensions();
        weight = new float[n];
        offset = new float[n];
        boolean euclidean = gallery.distance() == EmbeddingDistance.EUCLIDEAN;
        for (int i = 0; i < n; i++) {
            float[] g = gallery.template(i);
            double squared = 0;
            for (float v : g) {
                squared += (double) v * v;
            }
            float scale = gallery.format() == TemplateFormat.INT8 ? gallery.scales()[i] : 1f;
            if (euclidean) {
                weight[i] = -2f * scale;
                offset[i] = (float) squared;
            } else {
                weight[i] = (float) (-scale / Math.max(Math.sqrt(squared), 1e-12));
                offset[i] = 0f;
            }
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        boolean floats = gallery.format() == TemplateFormat.FLOAT32;
        floatBlocks = floats ? new float[blocks][] : null;
        codeBlocks = floats ? null : new byte[blocks][];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * BLOCK;
            int rows = Math.min(n, from + BLOCK) - from;
            if (floats) {
                float[] source = gallery.floats();
                float[] block = new float[e * BLOCK];
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < e; j++) {
                        block[j * BLOCK + r] = source[(from + r) * e + j];
                    }
                }
                floatBlocks[b] = block;
            } else {
                byte[] source = gallery.codes();
                byte[] block = new byte[e * BLOCK];
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < e; j++) {
                        block[kernel.at(r, j, e)] = source[(from + r) * e + j];
                    }
                }
                codeBlocks[b] = block;
            }
        });
    }

    public Gallery gallery() {
        return gallery;
    }

    /** Which inner loop an int8 gallery's search runs (for a benchmark's header). */
    public String int8Kernel() {
        return kernel.describe();
    }

    public List<SearchHit> search(float[] probe, int k) {
        return search(List.of(probe), k).get(0);
    }

    /** The {@code k} nearest templates of each probe, nearest first. */
    public List<List<SearchHit>> search(List<float[]> probes, int k) {
        int b = probes.size();
        int e = gallery.dimensions();
        int top = Math.min(k, gallery.size());
        for (float[] p : probes) {
            if (p.length != e) {
                throw new IllegalArgumentException("probe of " + p.length + " values for a gallery of " + e);
            }
        }
        byte[][] codes = null;
        float[] codeScales = null;
        if (codeBlocks != null) {
            codes = new byte[b][e];
            codeScales = new float[b];
            for (int p = 0; p < b; p++) {
                codeScales[p] = Int8Codes.encode(probes.get(p), 0, e, codes[p], 0);
            }
        }
        byte[][] probeCodes = codes;
        float[] probeScales = codeScales;
        int blocks = (gallery.size() + BLOCK - 1) / BLOCK;
        TopK[] merged = IntStream.range(0, blocks).parallel()
                .mapToObj(block -> probeCodes == null ? searchBlock(probes, block, top)
                        : searchBlock(probeCodes, probeScales, block, top))
                .reduce(ExactSearch::merge).orElseGet(() -> empty(b, top));
        List<List<SearchHit>> out = new ArrayList<>(b);
        for (int p = 0; p < b; p++) {
            out.add(hits(probes.get(p), merged[p].rows()));
        }
        return out;
    }

    private int rowsOf(int block) {
        return Math.min(gallery.size(), (block + 1) * BLOCK) - block * BLOCK;
    }

    private TopK[] searchBlock(List<float[]> probes, int block, int k) {
        TopK[] tops = empty(probes.size(), k);
        float[] values = floatBlocks[block];
        float[] acc = new float[BLOCK];
        int from = block * BLOCK;
        int rows = rowsOf(block);
        for (int p = 0; p < tops.length; p++) {
            float[] probe = probes.get(p);
            Arrays.fill(acc, 0f);
            for (int j = 0; j < probe.length; j++) {
                float q = probe[j];
                int at = j * BLOCK;
                for (int r = 0; r < BLOCK; r++) {
                    acc[r] += q * values[at + r];
                }
            }
            offer(tops[p], acc, 1f, from, rows);
        }
        return tops;
    }

    private TopK[] searchBlock(byte[][] probes, float[] probeScales, int block, int k) {
        TopK[] tops = empty(probes.length, k);
        byte[] values = codeBlocks[block];
        int[] acc = new int[BLOCK];
        float[] scores = new float[BLOCK];
        int from = block * BLOCK;
        int rows = rowsOf(block);
        for (int p = 0; p < tops.length; p++) {
            kernel.dots(values, probes[p], acc);
            float dotScale = probeScales[p];
            for (int r = 0; r < rows; r++) { // no branch: the JIT vectorises it
                scores[r] = weight[from + r] * dotScale * acc[r] + offset[from + r];
            }
            admit(tops[p], scores, from, rows);
        }
        return tops;
    }

    /** Offers rows {@code from .. from + rows} with their products {@code dots · dotScale} to {@code top}. */
    private void offer(TopK top, float[] dots, float dotScale, int from, int rows) {
        for (int r = 0; r < rows; r++) {
            int i = from + r;
            float s = weight[i] * dotScale * dots[r] + offset[i];
            if (top.admits(s)) {
                top.offer(i, s);
            }
        }
    }

    /** Offers rows {@code from .. from + rows} with their {@code scores} to {@code top}. */
    private static void admit(TopK top, float[] scores, int from, int rows) {
        for (int r = 0; r < rows; r++) {
            if (top.admits(scores[r])) {
                top.offer(from + r, scores[r]);
            }
        }
    }

    private List<SearchHit> hits(float[] probe, int[] rows) {
        List<SearchHit> out = new ArrayList<>(rows.length);
        double[] d = new double[rows.length];
        Integer[] order = new Integer[rows.length];
        for (int j = 0; j < rows.length; j++) {
            d[j] = gallery.distance().between(probe, gallery.template(rows[j]));
            order[j] = j;
        }
        // the rule's distance decides the order among the k (float rounding of the product may differ)
        Arrays.sort(order, (x, y) -> d[x] != d[y] ? Double.compare(d[x], d[y]) : Integer.compare(rows[x], rows[y]));
        for (int j = 0; j < rows.length; j++) {
            int row = rows[order[j]];
            GalleryEntry entry = gallery.entries().get(row);
            out.add(new SearchHit(j + 1, row, entry.identity(), entry.source(), d[order[j]]));
        }
        return out;
    }

    private static TopK[] empty(int probes, int k) {
        TopK[] tops = new TopK[probes];
        for (int p = 0; p < probes; p++) {
            tops[p] = new TopK(Math.max(k, 1));
        }
        return tops;
    }

    private static TopK[] merge(TopK[] a, TopK[] b) {
        for (int p = 0; p < a.length; p++) {
            a[p].addAll(b[p]);
        }
        return a;
    }
}
