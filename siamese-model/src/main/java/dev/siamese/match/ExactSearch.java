package dev.siamese.match;

import dev.siamese.model.EmbeddingDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact top-k search of a {@link Gallery}: every probe against every template, as one matrix product
 * probes × galleryᵀ computed in blocks of rows (each block stays in cache while all probes of a batch pass it),
 * blocks in parallel on the common fork-join pool. Ranking uses the product alone: for the Euclidean rule
 * ‖p − g‖² = ‖p‖² + ‖g‖² − 2 p·g, so {@code ‖g‖² − 2 p·g} orders like the distance; for cosine
 * {@code −p·g / ‖g‖}. The k found are then given their distance by the model's rule
 * ({@link EmbeddingDistance#between}), so a reported distance is what {@code match} says for the pair.
 * An int8 gallery is searched with int8 probes (quantised as the templates) in integer arithmetic.
 */
public final class ExactSearch {
    private static final int BLOCK = 2048;

    private final Gallery gallery;
    /** Per row: score = weight · dot + offset (lower is nearer). */
    private final float[] weight;
    private final float[] offset;

    public ExactSearch(Gallery gallery) {
        this.gallery = gallery;
        int n = gallery.size();
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
    }

    public Gallery gallery() {
        return gallery;
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
        int blocks = (gallery.size() + BLOCK - 1) / BLOCK;
        TopK[] merged = IntStream.range(0, blocks).parallel()
                .mapToObj(block -> searchBlock(probes, block * BLOCK, Math.min(gallery.size(), (block + 1) * BLOCK), top))
                .reduce(ExactSearch::merge).orElseGet(() -> empty(b, top));
        List<List<SearchHit>> out = new ArrayList<>(b);
        for (int p = 0; p < b; p++) {
            out.add(hits(probes.get(p), merged[p].rows()));
        }
        return out;
    }

    private TopK[] searchBlock(List<float[]> probes, int from, int to, int k) {
        TopK[] tops = empty(probes.size(), k);
        int e = gallery.dimensions();
        if (gallery.format() == TemplateFormat.FLOAT32) {
            float[] g = gallery.floats();
            for (int i = from; i < to; i++) {
                for (int p = 0; p < tops.length; p++) {
                    float s = weight[i] * dot(probes.get(p), g, i * e, e) + offset[i];
                    if (tops[p].admits(s)) {
                        tops[p].offer(i, s);
                    }
                }
            }
        } else {
            byte[][] q = new byte[probes.size()][e];
            float[] qs = new float[probes.size()];
            for (int p = 0; p < q.length; p++) {
                qs[p] = Int8Codes.encode(probes.get(p), 0, e, q[p], 0);
            }
            byte[] g = gallery.codes();
            for (int i = from; i < to; i++) {
                for (int p = 0; p < tops.length; p++) {
                    float s = weight[i] * qs[p] * dot(q[p], g, i * e, e) + offset[i];
                    if (tops[p].admits(s)) {
                        tops[p].offer(i, s);
                    }
                }
            }
        }
        return tops;
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
        java.util.Arrays.sort(order, (x, y) -> d[x] != d[y] ? Double.compare(d[x], d[y]) : Integer.compare(rows[x], rows[y]));
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

    /** Four accumulators: lets the CPU overlap the multiply-adds. */
    static float dot(float[] a, float[] b, int at, int n) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[j] * b[at + j];
            s1 += a[j + 1] * b[at + j + 1];
            s2 += a[j + 2] * b[at + j + 2];
            s3 += a[j + 3] * b[at + j + 3];
        }
        for (; j < n; j++) {
            s0 += a[j] * b[at + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static int dot(byte[] a, byte[] b, int at, int n) {
        int s = 0;
        for (int j = 0; j < n; j++) {
            s += a[j] * b[at + j];
        }
        return s;
    }
}
