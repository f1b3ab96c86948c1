package dev.siamese.baseline;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import dev.siamese.data.GrayImage;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.eval.PairScorer;
import dev.siamese.eval.ScoredPairs;
import dev.siamese.pairs.ImagePair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The classical baseline: SourceAFIS (minutiae extraction and matching, Robert Važan) scores the pairs.
 *
 * <p>Images go to SourceAFIS as they are: 8-bit gray, 0 black, 255 white, row-major from the top-left,
 * which is what {@link FingerprintImage} expects, dark ridges on a light background being the polarity
 * of ink and optical scans and of our synthetic prints. {@code dpi} tells SourceAFIS the resolution, from
 * which it derives the ridge spacing it expects (about 9 px at 500 dpi).
 *
 * <p>SourceAFIS gives a similarity s ≥ 0 (larger = more alike; 40 is its usual decision threshold, a
 * false match rate of about 0.01 %). Evaluation wants distances (smaller = more alike), so the score is
 * mapped by {@code d = 40 / (40 + s)}: strictly decreasing in s, so ROC AUC, EER and every ranking are
 * those of the similarity; d lies in (0, 1], 1 for s = 0; and SourceAFIS's threshold s = 40 lands at
 * d = 0.5, the seed's default distance threshold, so {@code accuracy} at the default threshold is
 * SourceAFIS's own decision rule.
 *
 * <p>Each image is turned into a template once and kept (by file name) for all later pairs. Templates of
 * different images are extracted in parallel, and pairs matched in parallel, one matcher per probe; both are deterministic
 * (SourceAFIS is, and every result lands in its own slot), so the distances do not depend on the number
 * of threads.
 */
public final class SourceAfisScorer implements PairScorer {
    /** SourceAFIS's usual decision threshold on similarity; maps to distance 0.5. */
    public static final double SIMILARITY_THRESHOLD = 40;

    private final double dpi;
    private final int threads;
    private final Map<String, FingerprintTemplate> templates = new ConcurrentHashMap<>();
    private final AtomicInteger extractions = new AtomicInteger();

    /** A scorer on all available processors. */
    public SourceAfisScorer(double dpi) {
        this(dpi, Runtime.getRuntime().availableProcessors());
    }

    public SourceAfisScorer(double dpi, int threads) {
        if (!(dpi > 0) || Double.isInfinite(dpi)) {
            throw new IllegalArgumentException("dpi must be positive, got " + dpi);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.dpi = dpi;
        this.threads = threads;
    }

    /** Distance of a SourceAFIS similarity: {@code 40 / (40 + s)}; 0.5 at s = 40, 1 at s = 0. */
    public static double distance(double similarity) {
        if (!(similarity >= 0)) {
            throw new IllegalArgumentException("SourceAFIS similarity must be ≥ 0, got " + similarity);
        }
        return SIMILARITY_THRESHOLD / (SIMILARITY_THRESHOLD + similarity);
    }

    @Override
    public ScoredPairs score(PreparedDataset data, List<ImagePair> pairs) {
        Set<String> names = new LinkedHashSet<>();
        for (ImagePair p : pairs) {
            names.add(p.left());
            names.add(p.right());
        }
        Map<String, GrayImage> images = new LinkedHashMap<>();
        for (String name : names) {
            var image = data.images().get(name);
            if (image == null) {
                throw new IllegalArgumentException("pair names " + name + ", which is not in the data set");
            }
            images.put(name, image.image());
        }
        extract(images);
        // One matcher per probe (left image): indexing the probe is most of a comparison's cost.
        Map<String, List<Integer>> byProbe = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            byProbe.computeIfAbsent(pairs.get(i).left(), k -> new ArrayList<>()).add(i);
        }
        List<Map.Entry<String, List<Integer>>> groups = new ArrayList<>(byProbe.entrySet());
        double[] distances = new double[pairs.size()];
        parallelFor(groups.size(), g -> {
            FingerprintMatcher matcher = new FingerprintMatcher(templates.get(groups.get(g).getKey()));
            for (int i : groups.get(g).getValue()) {
                distances[i] = distance(matcher.match(templates.get(pairs.get(i).right())));
            }
        });
        return ScoredPairs.of(distances, pairs);
    }

    /** Extracts, in parallel, the templates of those images not extracted yet (by name). */
    public void extract(Map<String, GrayImage> images) {
        List<Map.Entry<String, GrayImage>> missing = new ArrayList<>();
        for (Map.Entry<String, GrayImage> e : images.entrySet()) {
            if (!templates.containsKey(e.getKey())) {
                missing.add(e);
            }
        }
        FingerprintTemplate[] extracted = new FingerprintTemplate[missing.size()];
        parallelFor(missing.size(), i -> extracted[i] = template(missing.get(i).getValue()));
        for (int i = 0; i < extracted.length; i++) {
            templates.put(missing.get(i).getKey(), extracted[i]);
        }
    }

    /** The cached template of the named image, extracting it first when new. Not for concurrent use. */
    public FingerprintTemplate template(String name, GrayImage image) {
        extract(Map.of(name, image));
        return templates.get(name);
    }

    /** A fresh template of an image (counted by {@link #extractions()}). */
    FingerprintTemplate template(GrayImage image) {
        extractions.incrementAndGet();
        return new FingerprintTemplate(new FingerprintImage(image.width(), image.height(), image.pixels(),
                new FingerprintImageOptions().dpi(dpi)));
    }

    /** SourceAFIS similarity of two templates, the first as probe. */
    public static double similarity(FingerprintTemplate probe, FingerprintTemplate candidate) {
        return new FingerprintMatcher(probe).match(candidate);
    }

    /** How many templates this scorer has extracted so far. */
    public int extractions() {
        return extractions.get();
    }

    public double dpi() {
        return dpi;
    }

    public int threads() {
        return threads;
    }

    private void parallelFor(int n, IntConsumer body) {
        int workers = Math.min(threads, n);
        if (workers <= 1) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sourceafis");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        body.accept(i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running SourceAFIS", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
