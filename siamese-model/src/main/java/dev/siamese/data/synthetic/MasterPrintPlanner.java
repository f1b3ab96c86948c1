package dev.siamese.data.synthetic;

import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a finger's {@link MasterPrintPlan} from its own random stream: the class first (so the class draw
 * can be tested without rendering), then singularities placed as in real prints with jitter, the outline
 * and the period map.
 */
public final class MasterPrintPlanner {
    /** Relative spread of the ridge period across one print (±15 %). */
    static final double PERIOD_VARIATION = 0.15;

    private MasterPrintPlanner() {
    }

    /** The plan of a finger of the spec's middle ridge period (its fixed period by default). */
    public static MasterPrintPlan plan(SyntheticFingerprintsDatasetSpec spec, Random random) {
        return plan(spec, random, spec.ridgePeriod());
    }

    /** The plan of a finger whose mean ridge period is {@code ridgePeriod} pixels. */
    public static MasterPrintPlan plan(SyntheticFingerprintsDatasetSpec spec, Random random, double ridgePeriod) {
        FingerprintClass cls = FingerprintClass.draw(spec.classMix(), random);
        double s = spec.size();
        double c = (s - 1) / 2.0;
        Silhouette silhouette = new Silhouette(c + jitter(random, 0.02 * s), c + jitter(random, 0.02 * s),
                s * (0.34 + 0.05 * random.nextDouble()), s * (0.42 + 0.05 * random.nextDouble()));
        double cx = silhouette.cx();
        double cy = silhouette.cy();
        List<Singularity> sing = new ArrayList<>();
        switch (cls) {
            case LEFT_LOOP, RIGHT_LOOP -> {
                double side = cls == FingerprintClass.LEFT_LOOP ? 1 : -1;
                double coreX = cx - side * (0.06 * s) + jitter(random, 0.05 * s);
                double coreY = cy - 0.12 * s + jitter(random, 0.04 * s);
                sing.add(new Singularity(coreX, coreY, true));
                sing.add(new Singularity(coreX + side * s * (0.24 + 0.08 * random.nextDouble()),
                        coreY + s * (0.28 + 0.08 * random.nextDouble()), false));
            }
            case WHORL -> {
                double x0 = cx + jitter(random, 0.04 * s);
                double y0 = cy - 0.06 * s + jitter(random, 0.04 * s);
                double half = s * (0.03 + 0.04 * random.nextDouble());
                double tilt = jitter(random, 0.6);
                sing.add(new Singularity(x0 - half * Math.sin(tilt), y0 - half * Math.cos(tilt), true));
                sing.add(new Singularity(x0 + half * Math.sin(tilt), y0 + half * Math.cos(tilt), true));
                double dy = y0 + s * (0.26 + 0.06 * random.nextDouble());
                sing.add(new Singularity(x0 - s * (0.26 + 0.06 * random.nextDouble()), dy + jitter(random, 0.04 * s),
                        false));
                sing.add(new Singularity(x0 + s * (0.26 + 0.06 * random.nextDouble()), dy + jitter(random, 0.04 * s),
                        false));
            }
            case TENTED_ARCH -> {
                double coreX = cx + jitter(random, 0.04 * s);
                double coreY = cy - 0.04 * s + jitter(random, 0.04 * s);
                sing.add(new Singularity(coreX, coreY, true));
                sing.add(new Singularity(coreX + jitter(random, 0.02 * s), coreY + s * (0.1 + 0.05 * random.nextDouble()),
                        false));
            }
            case ARCH -> {
                // No singularities: the arch model below.
            }
            default -> throw new IllegalStateException(cls.name());
        }
        double background = jitter(random, Math.toRadians(8));
        MasterPrintPlan.ArchShape arch = new MasterPrintPlan.ArchShape(cx + jitter(random, 0.06 * s),
                cy + jitter(random, 0.08 * s), s * (0.18 + 0.08 * random.nextDouble()), s * (0.25 + 0.1 * random.nextDouble()),
                1.4 + 0.8 * random.nextDouble());
        PeriodField period = new PeriodField(ridgePeriod, PERIOD_VARIATION, spec.size(), random);
        return new MasterPrintPlan(cls, List.copyOf(sing), silhouette, background, arch, period);
    }

    private static double jitter(Random random, double amount) {
        return (random.nextDouble() * 2 - 1) * amount;
    }
}
