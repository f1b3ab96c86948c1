package dev.siamese.data.synthetic;

import dev.siamese.Seeds;
import dev.siamese.data.GrayImage;
import dev.siamese.data.LabeledImage;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Realistic synthetic fingerprints after SFinGe (Cappelli, Maio, Maltoni): per finger a master print (class,
 * singularities, zero-pole orientation field, ridge-period map, ridges grown by iterative Gabor filtering),
 * then several impressions of it, each placed, distorted, pressed and soiled differently. Files are named as in
 * FVC, {@code <finger>_<impression>.png} from 1, identity the finger number.
 *
 * <p>Domain randomisation: the ridge period may be drawn per finger and the rendering (background, ridge
 * profile, contrast, blur) per impression, each from its own stream, so that the defaults give the same
 * pixels as a generator without them.
 *
 * <p>Every finger draws from its own random stream and every impression from another, so the output depends
 * only on the spec and seed; fingers are generated in parallel and collected in order, identical to a
 * sequential run.
 */
public final class SyntheticFingerprintGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(SyntheticFingerprintGenerator.class);
    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)_(\\d+)\\.png");

    private SyntheticFingerprintGenerator() {
    }

    public static List<LabeledImage> generate(SyntheticFingerprintsDatasetSpec spec, long seed) {
        long start = System.nanoTime();
        List<List<LabeledImage>> perFinger = IntStream.rangeClosed(1, spec.fingers()).parallel()
                .mapToObj(f -> impressions(spec, seed, f)).toList();
        List<LabeledImage> out = new ArrayList<>(spec.fingers() * spec.impressionsPerFinger());
        perFinger.forEach(out::addAll);
        LOG.info("Generated {} synthetic prints ({} fingers × {}, {} px) in {} s", out.size(), spec.fingers(),
                spec.impressionsPerFinger(), spec.size(), String.format(Locale.ROOT, "%.1f",
                        (System.nanoTime() - start) / 1e9));
        return out;
    }

    private static List<LabeledImage> impressions(SyntheticFingerprintsDatasetSpec spec, long seed, int finger) {
        MasterPrint master = masterPrint(spec, seed, finger);
        List<LabeledImage> out = new ArrayList<>(spec.impressionsPerFinger());
        for (int i = 1; i <= spec.impressionsPerFinger(); i++) {
            GrayImage img = impression(spec, seed, master, "synthetic/finger/" + finger + "/impression/" + i);
            out.add(new LabeledImage(fileName(finger, i), String.valueOf(finger), img));
        }
        return out;
    }

    /** The file of impression {@code impression} (1-based) of finger {@code finger}, as in FVC. */
    static String fileName(int finger, int impression) {
        return finger + "_" + impression + ".png";
    }

    /** {@code {finger, impression}} of a {@link #fileName}. */
    static int[] parseFileName(String file) {
        Matcher m = FILE_NAME.matcher(file);
        if (!m.matches()) {
            throw new IllegalArgumentException(file + " is not a synthetic impression's name (<finger>_<i>.png)");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** An impression of {@code master} drawn from {@code stream} (placement, distortion...) and its {@code /rendering}. */
    static GrayImage impression(SyntheticFingerprintsDatasetSpec spec, long seed, MasterPrint master, String stream) {
        return ImpressionRenderer.render(master, spec.variation(),
                RenderingDraw.of(spec.rendering(), Seeds.random(seed, stream + "/rendering")), Seeds.random(seed, stream));
    }

    /** Finger {@code finger}'s (1-based) plan, drawn without rendering anything. */
    static MasterPrintPlan plan(SyntheticFingerprintsDatasetSpec spec, long seed, int finger) {
        return MasterPrintPlanner.plan(spec, fingerRandom(seed, finger), ridgePeriod(spec, seed, finger));
    }

    /**
     * Finger {@code finger}'s mean ridge period: the spec's fixed one, or drawn from its range on a stream of
     * its own (so a range changes nothing else of the finger).
     */
    static double ridgePeriod(SyntheticFingerprintsDatasetSpec spec, long seed, int finger) {
        return spec.ridgePeriods().isFixed() ? spec.ridgePeriods().min()
                : spec.ridgePeriods().draw(Seeds.random(seed, "synthetic/finger/" + finger + "/period"));
    }

    /** Finger {@code finger}'s (1-based) master print. */
    static MasterPrint masterPrint(SyntheticFingerprintsDatasetSpec spec, long seed, int finger) {
        Random random = fingerRandom(seed, finger);
        MasterPrintPlan plan = MasterPrintPlanner.plan(spec, random, ridgePeriod(spec, seed, finger));
        return new MasterPrint(plan, spec.size(), RidgeGrower.grow(plan, spec.size(), spec.size(), random));
    }

    private static Random fingerRandom(long seed, int finger) {
        return Seeds.random(seed, "synthetic/finger/" + finger);
    }
}
