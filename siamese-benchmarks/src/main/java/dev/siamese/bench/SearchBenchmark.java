package dev.siamese.bench;

import dev.siamese.match.ExactSearch;
import dev.siamese.match.Gallery;
import dev.siamese.match.GalleryEntry;
import dev.siamese.match.HnswIndex;
import dev.siamese.match.SearchHit;
import dev.siamese.distance.EmbeddingDistance;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Times 1:N search of random templates and prints a table; not a test (figures depend on the machine and its
 * load). {@code mvn -B -q -pl siamese-benchmarks exec:java@bench-search}; arguments: gallery size (default
 * 1000000), dimensions (128), the size of the approximate index's gallery (default: the gallery size; its
 * single-threaded build is the slow part) and its candidates per search (100). Needs about 2.5 GB of heap at
 * 1 M × 128 (MAVEN_OPTS=-Xmx3g).
 */
public final class SearchBenchmark {
    private static final int K = 10;
    private static final int SINGLE_PROBES = 30;
    private static final int BATCH = 256;

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int e = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        int indexed = args.length > 2 ? Integer.parseInt(args[2]) : n;
        int candidates = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Random random = new Random(42);
        float[] values = gaussian(random, n * e);
        List<GalleryEntry> entries = new AbstractList<>() { // no million records for a benchmark
            @Override
            public GalleryEntry get(int i) {
                return new GalleryEntry("id" + i, "t" + i);
            }

            @Override
            public int size() {
                return n;
            }
        };
        System.out.printf(Locale.ROOT, "Gallery: %,d random %d-d templates (Gaussian), Euclidean; top-%d; %d cores, Java %s%n",
                n, e, K, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        long t0 = System.nanoTime();
        Gallery floats = Gallery.ofFloats("bench", EmbeddingDistance.EUCLIDEAN, e, entries, values);
        ExactSearch exactFloat = new ExactSearch(floats);
        double enrollFloat = seconds(t0);
        t0 = System.nanoTime();
        Gallery codes = floats.quantised();
        ExactSearch exactInt8 = new ExactSearch(codes);
        double enrollInt8 = seconds(t0);
        double bandwidth = bandwidthGBs(values);
        System.out.printf(Locale.ROOT, "Enrolment (templates given): float32 %.2f s, int8 %.2f s; read bandwidth (parallel float sum) %.1f GB/s%n",
                enrollFloat, enrollInt8, bandwidth);
        System.out.printf(Locale.ROOT, "%-22s %12s %14s %16s %12s%n", "search", "ms / probe", "probes/s", "bytes / probe", "floor ms");
        List<float[]> probes = new ArrayList<>();
        for (int i = 0; i < Math.max(SINGLE_PROBES, BATCH); i++) {
            probes.add(gaussian(random, e));
        }
        row("exact float32 single", single(exactFloat, probes), (long) n * e * 4, bandwidth);
        row("exact float32 batch " + BATCH, batched(exactFloat, probes), (long) n * e * 4 / BATCH, bandwidth);
        row("exact int8 single", single(exactInt8, probes), (long) n * (e + 4), bandwidth);
        row("exact int8 batch " + BATCH, batched(exactInt8, probes), (long) n * (e + 4) / BATCH, bandwidth);
        double int8Recall = recall(exactFloat, probes, p -> exactInt8.search(p, K));
        System.out.printf(Locale.ROOT, "int8 recall@%d against exact float32: %.3f%n", K, int8Recall);

        Gallery sub = indexed == n ? floats : Gallery.ofFloats("bench", EmbeddingDistance.EUCLIDEAN, e,
                entries.subList(0, indexed), Arrays.copyOf(values, indexed * e));
        t0 = System.nanoTime();
        HnswIndex index = HnswIndex.build(sub, 42);
        double build = seconds(t0);
        ExactSearch exactSub = sub == floats ? exactFloat : new ExactSearch(sub);
        for (int i = 0; i < 5; i++) {
            index.search(probes.get(i), K, candidates);
        }
        long start = System.nanoTime();
        for (int i = 0; i < SINGLE_PROBES; i++) {
            index.search(probes.get(i), K, candidates);
        }
        double ms = (System.nanoTime() - start) / 1e6 / SINGLE_PROBES;
        double r = recall(exactSub, probes.subList(0, SINGLE_PROBES), p -> index.search(p, K, candidates));
        System.out.printf(Locale.ROOT, "HNSW (Lucene %s, M %d, beam %d) over %,d: build %.0f s (1 thread), graph %.0f MB; "
                        + "%d candidates: %.3f ms / probe, recall@%d %.3f%n",
                org.apache.lucene.util.Version.LATEST, HnswIndex.MAX_CONNECTIONS, HnswIndex.BEAM_WIDTH, indexed, build,
                index.graphBytes() / 1e6, candidates, ms, K, r);
    }

    private static float[] gaussian(Random random, int count) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Median ms of single-probe searches after a warm-up. */
    private static double single(ExactSearch search, List<float[]> probes) {
        for (int i = 0; i < 3; i++) {
            search.search(probes.get(i), K);
        }
        double[] ms = new double[SINGLE_PROBES];
        for (int i = 0; i < SINGLE_PROBES; i++) {
            long t = System.nanoTime();
            search.search(probes.get(i), K);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[SINGLE_PROBES / 2];
    }

    /** ms per probe of one batch of {@value #BATCH}, best of 2. */
    private static double batched(ExactSearch search, List<float[]> probes) {
        List<float[]> batch = probes.subList(0, BATCH);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long t = System.nanoTime();
            search.search(batch, K);
            best = Math.min(best, (System.nanoTime() - t) / 1e6 / BATCH);
        }
        return best;
    }

    private static void row(String name, double msPerProbe, long bytes, double gbs) {
        System.out.printf(Locale.ROOT, "%-22s %12.3f %,14.0f %,16d %12.3f%n", name, msPerProbe, 1000 / msPerProbe,
                bytes, bytes / (gbs * 1e9) * 1000);
    }

    private static double recall(ExactSearch exact, List<float[]> probes,
                                 java.util.function.Function<float[], List<SearchHit>> other) {
        int found = 0;
        int total = 0;
        for (float[] p : probes.subList(0, SINGLE_PROBES)) {
            List<Integer> truth = exact.search(p, K).stream().map(SearchHit::index).toList();
            for (SearchHit h : other.apply(p)) {
                found += truth.contains(h.index()) ? 1 : 0;
            }
            total += truth.size();
        }
        return found / (double) total;
    }

    /** GB/s of a parallel pass summing the array: what streaming the gallery costs at best here. */
    private static double bandwidthGBs(float[] values) {
        double best = 0;
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            int chunks = 64;
            int size = (values.length + chunks - 1) / chunks;
            double sum = IntStream.range(0, chunks).parallel().mapToDouble(c -> {
                float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int end = Math.min(values.length, (c + 1) * size);
                int j = c * size;
                for (; j + 3 < end; j += 4) {
                    s0 += values[j];
                    s1 += values[j + 1];
                    s2 += values[j + 2];
                    s3 += values[j + 3];
                }
                for (; j < end; j++) {
                    s0 += values[j];
                }
                return s0 + s1 + s2 + s3;
            }).sum();
            double s = (System.nanoTime() - t) / 1e9;
            if (Double.isNaN(sum)) {
                throw new IllegalStateException();
            }
            best = Math.max(best, values.length * 4.0 / s / 1e9);
        }
        return best;
    }
}
