package dev.siamese.data.synthetic;

import dev.siamese.data.GaborBank;

/**
 * The ridge orientation of a master print: Sherlock and Monro's zero-pole model
 * {@code θ = ½ [Σ arg(z − core) − Σ arg(z − delta)] + background} for prints with singularities, and an
 * arch function for plain arches. Angles are ridge directions in radians in [0, π), measured from the x axis
 * towards y (down).
 */
public final class OrientationField {
    private OrientationField() {
    }

    /** The orientation the plan gives at (x, y). */
    public static double at(MasterPrintPlan plan, double x, double y) {
        double theta;
        if (plan.fingerClass() == FingerprintClass.ARCH) {
            MasterPrintPlan.ArchShape a = plan.arch();
            double u = (x - a.cx()) / a.width();
            double v = (y - a.cy()) / a.height();
            double slope = -a.strength() * u * Math.exp(-u * u / 2) * Math.exp(-v * v);
            theta = Math.atan(slope) + plan.background();
        } else {
            theta = zeroPole(plan, x, y);
        }
        return GaborBank.wrap(theta);
    }

    /** The zero-pole model alone (without the arch branch). */
    static double zeroPole(MasterPrintPlan plan, double x, double y) {
        double sum = 0;
        for (Singularity s : plan.singularities()) {
            double arg = Math.atan2(y - s.y(), x - s.x());
            sum += s.core() ? arg : -arg;
        }
        return sum / 2 + plan.background();
    }

}
