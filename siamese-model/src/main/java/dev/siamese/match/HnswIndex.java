package dev.siamese.match;

import dev.siamese.distance.EmbeddingDistance;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.hnsw.HnswConcurrentMergeBuilder;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomAccessVectorValues;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Approximate 1:N search for large galleries: Lucene's HNSW graph (hierarchical navigable small world,
 * Malkov and Yashunin) over a gallery's templates. Built on one thread, the graph follows from the gallery and
 * the seed; on several ({@link HnswConcurrentMergeBuilder}, Lucene's concurrent builder, which draws node
 * levels from Lucene's own fixed seed) it also depends on the threads' timing. Candidates are ranked by Lucene's
 * similarity for the rule, monotone in the distance: Euclidean {@code 1 / (1 + d²)}; for cosine the templates
 * and the probe are scaled to unit length and compared by dot product ({@code (1 + cos) / 2}, without a norm
 * per comparison). The k found are then given the rule's own distance on the stored templates, as
 * {@link ExactSearch} does. Recall against exact search is the benchmark's to report.
 */
public final class HnswIndex {
    /** Lucene's defaults: 16 neighbours per node, beam 100 while building. */
    public static final int MAX_CONNECTIONS = HnswGraphBuilder.DEFAULT_MAX_CONN;
    public static final int BEAM_WIDTH = HnswGraphBuilder.DEFAULT_BEAM_WIDTH;

    private final Gallery gallery;
    private final RandomAccessVectorValues.Floats vectors;
    private final VectorSimilarityFunction similarity;
    private final OnHeapHnswGraph graph;
    private final boolean unitLength;

    private HnswIndex(Gallery gallery, RandomAccessVectorValues.Floats vectors, VectorSimilarityFunction similarity,
                      OnHeapHnswGraph graph) {
        this.gallery = gallery;
        this.vectors = vectors;
        this.similarity = similarity;
        this.graph = graph;
        this.unitLength = similarity == VectorSimilarityFunction.DOT_PRODUCT;
    }

    public static HnswIndex build(Gallery gallery, long seed) {
        return build(gallery, MAX_CONNECTIONS, BEAM_WIDTH, seed, 1);
    }

    /** The graph built on {@code threads} threads (1: from {@code seed} alone). */
    public static HnswIndex build(Gallery gallery, int maxConnections, int beamWidth, long seed, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + ": at least 1");
        }
        boolean euclidean = gallery.distance() == EmbeddingDistance.EUCLIDEAN;
        List<float[]> values = new ArrayList<>(gallery.size());
        for (int i = 0; i < gallery.size(); i++) {
            float[] v = gallery.template(i);
            values.add(euclidean ? v : unit(v));
        }
        RandomAccessVectorValues.Floats vectors = RandomAccessVectorValues.fromFloats(values, gallery.dimensions());
        VectorSimilarityFunction similarity = euclidean
                ? VectorSimilarityFunction.EUCLIDEAN : VectorSimilarityFunction.DOT_PRODUCT;
        try {
            RandomVectorScorerSupplier scorers = DefaultFlatVectorScorer.INSTANCE
                    .getRandomVectorScorerSupplier(similarity, vectors);
            HnswGraphBuilder single = HnswGraphBuilder.create(scorers, maxConnections, beamWidth, seed, vectors.size());
            OnHeapHnswGraph graph = threads == 1 ? single.build(vectors.size())
                    : buildConcurrently(scorers, maxConnections, beamWidth, single.getGraph(), vectors.size(), threads);
            return new HnswIndex(gallery, vectors, similarity, graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // on-heap vectors: does not happen
        }
    }

    private static OnHeapHnswGraph buildConcurrently(RandomVectorScorerSupplier scorers, int maxConnections,
                                                     int beamWidth, OnHeapHnswGraph empty, int size, int threads)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "hnsw-build");
            t.setDaemon(true);
            return t;
        });
        try {
            return new HnswConcurrentMergeBuilder(new TaskExecutor(pool), threads, scorers, maxConnections, beamWidth,
                    empty, null).build(size);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code v} scaled to length 1 (a zero vector stays zero). */
    private static float[] unit(float[] v) {
        double squared = 0;
        for (float x : v) {
            squared += (double) x * x;
        }
        float inverse = squared == 0 ? 0f : (float) (1 / Math.sqrt(squared));
        float[] out = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = v[j] * inverse;
        }
        return out;
    }

    /** Bytes the graph takes on the heap (the templates come on top). */
    public long graphBytes() {
        return graph.ramBytesUsed();
    }

    /**
     * The {@code k} nearest found when following {@code candidates} (≥ k; more: slower, higher recall)
     * candidates through the graph, nearest first.
     */
    public List<SearchHit> search(float[] probe, int k, int candidates) {
        try {
            RandomVectorScorer scorer = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(similarity, vectors,
                    unitLength ? unit(probe) : probe);
            KnnCollector found = HnswGraphSearcher.search(scorer, Math.max(k, candidates), graph, null, Integer.MAX_VALUE);
            ScoreDoc[] docs = found.topDocs().scoreDocs;
            List<SearchHit> hits = new ArrayList<>(Math.min(k, docs.length));
            for (int j = 0; j < Math.min(k, docs.length); j++) {
                int row = docs[j].doc;
                GalleryEntry e = gallery.entries().get(row);
                hits.add(new SearchHit(j + 1, row, e.identity(), e.source(),
                        gallery.distance().between(probe, gallery.template(row))));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
