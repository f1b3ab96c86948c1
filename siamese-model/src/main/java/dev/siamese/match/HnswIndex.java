package dev.siamese.match;

import dev.siamese.distance.EmbeddingDistance;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomAccessVectorValues;
import org.apache.lucene.util.hnsw.RandomVectorScorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate 1:N search for large galleries: Lucene's HNSW graph (hierarchical navigable small world,
 * Malkov and Yashunin) over a gallery's templates, built single-threaded from a seed (the same gallery and
 * seed give the same graph). Candidates are ranked by Lucene's similarity for the rule (Euclidean:
 * {@code 1 / (1 + d²)}, cosine: {@code (1 + cos) / 2}), both monotone in the distance, and are then given
 * the rule's own distance, as {@link ExactSearch} does. Recall against exact search is the benchmark's to report.
 */
public final class HnswIndex {
    /** Lucene's defaults: 16 neighbours per node, beam 100 while building. */
    public static final int MAX_CONNECTIONS = HnswGraphBuilder.DEFAULT_MAX_CONN;
    public static final int BEAM_WIDTH = HnswGraphBuilder.DEFAULT_BEAM_WIDTH;

    private final Gallery gallery;
    private final RandomAccessVectorValues.Floats vectors;
    private final VectorSimilarityFunction similarity;
    private final OnHeapHnswGraph graph;

    private HnswIndex(Gallery gallery, RandomAccessVectorValues.Floats vectors, VectorSimilarityFunction similarity,
                      OnHeapHnswGraph graph) {
        this.gallery = gallery;
        this.vectors = vectors;
        this.similarity = similarity;
        this.graph = graph;
    }

    public static HnswIndex build(Gallery gallery, long seed) {
        return build(gallery, MAX_CONNECTIONS, BEAM_WIDTH, seed);
    }

    public static HnswIndex build(Gallery gallery, int maxConnections, int beamWidth, long seed) {
        List<float[]> values = new ArrayList<>(gallery.size());
        for (int i = 0; i < gallery.size(); i++) {
            values.add(gallery.template(i));
        }
        RandomAccessVectorValues.Floats vectors = RandomAccessVectorValues.fromFloats(values, gallery.dimensions());
        VectorSimilarityFunction similarity = gallery.distance() == EmbeddingDistance.EUCLIDEAN
                ? VectorSimilarityFunction.EUCLIDEAN : VectorSimilarityFunction.COSINE;
        try {
            OnHeapHnswGraph graph = HnswGraphBuilder.create(DefaultFlatVectorScorer.INSTANCE
                    .getRandomVectorScorerSupplier(similarity, vectors), maxConnections, beamWidth, seed)
                    .build(vectors.size());
            return new HnswIndex(gallery, vectors, similarity, graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // on-heap vectors: does not happen
        }
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
            RandomVectorScorer scorer = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(similarity, vectors, probe);
            KnnCollector found = HnswGraphSearcher.search(scorer, Math.max(k, candidates), graph, null, Integer.MAX_VALUE);
            ScoreDoc[] docs = found.topDocs().scoreDocs;
            List<SearchHit> hits = new ArrayList<>(Math.min(k, docs.length));
            for (int j = 0; j < Math.min(k, docs.length); j++) {
                int row = docs[j].doc;
                GalleryEntry e = gallery.entries().get(row);
                hits.add(new SearchHit(j + 1, row, e.identity(), e.source(),
                        gallery.distance().between(probe, vectors.vectorValue(row))));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
