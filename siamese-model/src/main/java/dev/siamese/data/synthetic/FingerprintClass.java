package dev.siamese.data.synthetic;

import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ClassMix;

import java.util.Random;

/** The five Henry classes a master print is drawn from. */
public enum FingerprintClass {
    ARCH, TENTED_ARCH, LEFT_LOOP, RIGHT_LOOP, WHORL;

    /** One class drawn with the mix's relative frequencies (normalised here); consumes one double. */
    public static FingerprintClass draw(ClassMix mix, Random random) {
        double[] w = {mix.arch(), mix.tentedArch(), mix.leftLoop(), mix.rightLoop(), mix.whorl()};
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double u = random.nextDouble() * total;
        FingerprintClass[] all = values();
        for (int i = 0; i < w.length; i++) {
            if (u < w[i]) {
                return all[i];
            }
            u -= w[i];
        }
        // Rounding left u at the total: the last class with a share.
        for (int i = w.length - 1; i >= 0; i--) {
            if (w[i] > 0) {
                return all[i];
            }
        }
        throw new IllegalArgumentException("class mix has no positive share: " + mix);
    }
}
