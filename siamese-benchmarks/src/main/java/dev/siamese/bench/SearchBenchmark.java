package dev.siamese.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.siamese.match.ExactSearch;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Gallery;
import dev.siamese.match.HnswIndex;
import dev.siamese.match.SearchHit;
import org.apache.lucene.util.Version;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times 1:N search over a gallery of print embeddings ({@link PrintGallery}) and prints the figures; not a test
 * (they depend on the machine and its load). Exact search, float32 and int8, one probe and a batch; then
 * Lucene's HNSW graph built on every core, and for each number of candidates its time a probe and its
 * recall@10 against exact float32 search. Run by {@code mvn -B -q -pl siamese-benchmarks exec:exec@bench-search}
 * ({@code -Dsearch.args="size=100000 ..."}); options {@code key=value}, see {@link #DEFAULTS}.
 */
public final class SearchBenchmark {
    private static final int K = 10;
    private static final int SINGLE_PROBES = 30;
    private static final int BATCH = 256;
    /** The options and their defaults. */
    static final Map<String, String> DEFAULTS = defaults();

    private SearchBenchmark() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("model", "experiments/fingerprint-matcher/target/siamese/model.zip"); // a trained matcher
        d.put("size", "1000000");        // gallery templates
        d.put("fingers", "2500");        // real fingers embedded
        d.put("impressions", "8");       // per real finger: one probe, the others enrolled
        d.put("seed", "20261208");       // prints and drawn fingers (not the training seed)
        d.put("m", "16");                // HNSW: neighbours a node
        d.put("beam", "100");            // HNSW: candidates while building
        d.put("threads", Integer.toString(Runtime.getRuntime().availableProcessors())); // HNSW build
        d.put("candidates", "10,20,40,80,160,320");
        d.put("probes", "1000");         // probes searched (at most one a real finger)
        d.put("exact", "true");          // false: no exact timings (recall still needs exact float32)
        d.put("graph", "true");          // false: no graph
        return d;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>(DEFAULTS);
        for (String arg : args) {
            for (String token : arg.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int eq = token.indexOf('=');
                if (eq < 0 || !o.containsKey(token.substring(0, eq))) {
                    throw new IllegalArgumentException("option " + token + ": expected key=value with a key of "
                            + DEFAULTS.keySet());
                }
                o.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return o;
    }

    public static void main(String[] args) {
        Map<String, String> o;
        try {
            o = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path model = Path.of(o.get("model"));
        if (!Files.isRegularFile(model)) {
            System.err.println("model=" + model + ": no such file; train one first (see src/site/markdown/search.md)");
            System.exit(2);
        }
        int size = Integer.parseInt(o.get("size"));
        int fingers = Integer.parseInt(o.get("fingers"));
        int impressions = Integer.parseInt(o.get("impressions"));
        long seed = Long.parseLong(o.get("seed"));
        System.out.println("Options: " + o);
        System.out.printf(Locale.ROOT, "Machine: %d cores, Java %s, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        FingerprintMatcher matcher = FingerprintMatcher.load(model);
        System.out.println("Matcher: " + matcher.describe());
        long t0 = System.nanoTime();
        PrintEmbeddings real = PrintEmbeddings.cached(Path.of("siamese-benchmarks", "target"), matcher, fingers,
                impressions, seed);
        System.out.printf(Locale.ROOT, "Real templates ready in %.0f s%n", seconds(t0));
        t0 = System.nanoTime();
        PrintGallery pg = PrintGallery.of(real, matcher.distanceKind(), size, seed);
        double drawing = seconds(t0);
        Gallery floats = pg.gallery();
        int perFinger = impressions - 1;
        System.out.printf(Locale.ROOT, "Gallery: %,d %d-d templates, %s distance: %,d real (%,d unseen synthetic "
                        + "fingers × %d impressions embedded by the matcher) and %,d drawn (%,d fingers "
                        + "× %d from Gaussians fitted to the real fingers' centres and within-finger spread, %.1f s); "
                        + "probes: another impression of a real finger (%,d)%n",
                size, floats.dimensions(), floats.distance().jsonName(), pg.realRows(), fingers, perFinger,
                size - pg.realRows(), pg.drawnFingers(), perFinger, drawing,
                Math.min(pg.probes().size(), Integer.parseInt(o.get("probes"))));
        PrintGallery.Check c = pg.check();
        System.out.printf(Locale.ROOT, "Drawn against real: mean genuine distance %.4f against %.4f, mean impostor "
                + "%.4f against %.4f%n", c.drawnGenuine(), c.realGenuine(), c.drawnImpostor(), c.realImpostor());

        List<float[]> probes = pg.probes().subList(0, Math.min(pg.probes().size(), Integer.parseInt(o.get("probes"))));
        ExactSearch exactFloat = new ExactSearch(floats);
        List<List<SearchHit>> truth = new ArrayList<>();
        for (int from = 0; from < probes.size(); from += BATCH) {
            truth.addAll(exactFloat.search(probes.subList(from, Math.min(probes.size(), from + BATCH)), K));
        }
        if (Boolean.parseBoolean(o.get("exact"))) {
            exact(floats, exactFloat, probes, truth);
        }
        System.out.printf(Locale.ROOT, "Exact float32: rank-1 identity %.4f (probe's own finger first among %,d)%n",
                rank1(truth), size);

        if (!Boolean.parseBoolean(o.get("graph"))) {
            return;
        }
        int m = Integer.parseInt(o.get("m"));
        int beam = Integer.parseInt(o.get("beam"));
        int threads = Integer.parseInt(o.get("threads"));
        t0 = System.nanoTime();
        HnswIndex index = HnswIndex.build(floats, m, beam, seed, threads);
        double build = seconds(t0);
        System.out.printf(Locale.ROOT, "HNSW (Lucene %s) over %,d: M %d, beam %d, %d threads: build %.1f s, "
                + "graph %.0f MB%n", Version.LATEST, size, m, beam, threads, build, index.graphBytes() / 1e6);
        System.out.printf(Locale.ROOT, "%-12s %12s %12s %14s%n", "candidates", "ms / probe", "recall@10", "rank-1 identity");
        for (String candidates : o.get("candidates").split(",")) {
            int n = Integer.parseInt(candidates.trim());
            for (int i = 0; i < Math.min(50, probes.size()); i++) {
                index.search(probes.get(i), K, n);
            }
            List<List<SearchHit>> found = new ArrayList<>(probes.size());
            long start = System.nanoTime();
            for (float[] p : probes) {
                found.add(index.search(p, K, n));
            }
            double ms = (System.nanoTime() - start) / 1e6 / probes.size();
            System.out.printf(Locale.ROOT, "%-12d %12.3f %12.4f %14.4f%n", n, ms, recall(truth, found), rank1(found));
        }
    }

    private static void exact(Gallery floats, ExactSearch exactFloat, List<float[]> probes,
                              List<List<SearchHit>> truth) {
        long t0 = System.nanoTime();
        Gallery codes = floats.quantised();
        ExactSearch exactInt8 = new ExactSearch(codes);
        System.out.printf(Locale.ROOT, "Exact int8: quantised and laid out in %.1f s; inner loop: %s%n", seconds(t0),
                exactInt8.int8Kernel());
        System.out.printf(Locale.ROOT, "%-24s %12s %14s %16s%n", "exact search", "ms / probe", "probes/s",
                "CPU ms / probe");
        double floatBatch = batched(exactFloat, probes); // the batches first: they warm the JIT up for the singles
        double[] floatSingle = single(exactFloat, probes);
        row("float32, one probe", floatSingle[0], floatSingle[1]);
        row("float32, batch of " + BATCH, floatBatch, Double.NaN);
        double int8Batch = batched(exactInt8, probes);
        double[] int8Single = single(exactInt8, probes);
        row("int8, one probe", int8Single[0], int8Single[1]);
        row("int8, batch of " + BATCH, int8Batch, Double.NaN);
        System.out.printf(Locale.ROOT, "(CPU ms: all the process's threads over the single probes; / %d cores = "
                + "the time on an idle machine if the search kept every core busy)%n",
                Runtime.getRuntime().availableProcessors());
        List<List<SearchHit>> int8 = new ArrayList<>();
        for (int from = 0; from < probes.size(); from += BATCH) {
            int8.addAll(exactInt8.search(probes.subList(from, Math.min(probes.size(), from + BATCH)), K));
        }
        System.out.printf(Locale.ROOT, "int8 recall@%d against exact float32: %.4f%n", K, recall(truth, int8));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Median ms of single-probe searches after a warm-up, and the process's CPU ms a probe over them (all threads:
     * what the search costs whatever else shares the cores; divided by the cores, the time on an idle machine
     * if the search kept them all busy).
     */
    private static double[] single(ExactSearch search, List<float[]> probes) {
        for (int i = 0; i < 5; i++) {
            search.search(probes.get(i), K);
        }
        double[] ms = new double[SINGLE_PROBES];
        long cpu = processCpuNanos();
        for (int i = 0; i < SINGLE_PROBES; i++) {
            long t = System.nanoTime();
            search.search(probes.get(i), K);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double cpuMs = (processCpuNanos() - cpu) / 1e6 / SINGLE_PROBES;
        Arrays.sort(ms);
        return new double[] {ms[SINGLE_PROBES / 2], cpuMs};
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** ms per probe of one batch of {@value #BATCH}, best of 2. */
    private static double batched(ExactSearch search, List<float[]> probes) {
        List<float[]> batch = probes.subList(0, Math.min(BATCH, probes.size()));
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long t = System.nanoTime();
            search.search(batch, K);
            best = Math.min(best, (System.nanoTime() - t) / 1e6 / batch.size());
        }
        return best;
    }

    private static void row(String name, double msPerProbe, double cpuMsPerProbe) {
        System.out.printf(Locale.ROOT, "%-24s %12.3f %,14.0f %16s%n", name, msPerProbe, 1000 / msPerProbe,
                Double.isNaN(cpuMsPerProbe) ? "" : String.format(Locale.ROOT, "%.3f", cpuMsPerProbe));
    }

    /** The share of the exact top-k found, over all probes. */
    static double recall(List<List<SearchHit>> truth, List<List<SearchHit>> found) {
        int hit = 0;
        int total = 0;
        for (int p = 0; p < truth.size(); p++) {
            List<Integer> exact = truth.get(p).stream().map(SearchHit::index).toList();
            for (SearchHit h : found.get(p)) {
                hit += exact.contains(h.index()) ? 1 : 0;
            }
            total += exact.size();
        }
        return hit / (double) total;
    }

    /** The share of probes whose first hit is their own finger (probe p is real finger p). */
    private static double rank1(List<List<SearchHit>> hits) {
        int right = 0;
        for (int p = 0; p < hits.size(); p++) {
            right += !hits.get(p).isEmpty() && hits.get(p).get(0).identity().equals(PrintGallery.probeIdentity(p))
                    ? 1 : 0;
        }
        return right / (double) hits.size();
    }
}
