package dev.siamese.data.synthetic;

import dev.siamese.data.GrayImage;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * New impressions of a synthetic data set's fingers, for training that sees every finger anew each epoch:
 * the master prints of the given images' fingers (as {@link SyntheticFingerprintGenerator} grew them), and
 * for image {@code <finger>_<i>.png} in epoch {@code e} an impression rendered as the generator renders
 * impression {@code i}, from streams of their own ({@code synthetic/finger/<f>/impression/<i>/epoch/<e>}),
 * so it is another press of the same finger, deterministic from the seed, whatever thread renders it.
 */
public final class FreshImpressions {
    private static final Logger LOG = LoggerFactory.getLogger(FreshImpressions.class);

    private final SyntheticFingerprintsDatasetSpec spec;
    private final long seed;
    private final Map<Integer, MasterPrint> masters;

    /** For the images named {@code files} (the generator's names); grows their fingers' master prints, in parallel. */
    public FreshImpressions(SyntheticFingerprintsDatasetSpec spec, long seed, List<String> files) {
        this.spec = spec;
        this.seed = seed;
        long start = System.nanoTime();
        List<Integer> fingers = files.stream().map(f -> SyntheticFingerprintGenerator.parseFileName(f)[0]).distinct()
                .toList();
        this.masters = fingers.parallelStream().collect(Collectors.toConcurrentMap(Function.identity(),
                        f -> SyntheticFingerprintGenerator.masterPrint(spec, seed, f)));
        LOG.info("fresh impressions each epoch: grew the master prints of {} training fingers in {} ms",
                masters.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Image {@code file}'s impression for 1-based {@code epoch}. */
    public GrayImage impression(String file, int epoch) {
        int[] fi = SyntheticFingerprintGenerator.parseFileName(file);
        return SyntheticFingerprintGenerator.impression(spec, seed, masters.get(fi[0]),
                "synthetic/finger/" + fi[0] + "/impression/" + fi[1] + "/epoch/" + epoch);
    }
}
