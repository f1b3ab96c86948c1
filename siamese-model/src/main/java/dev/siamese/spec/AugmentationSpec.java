package dev.siamese.spec;

/**
 * Random changes applied to every training image each time it is used ({@code training.augmentation}),
 * drawn from the experiment's seed, so reruns stay bit-identical. Validation images are never changed.
 *
 * @param rotationDegrees largest rotation about the centre, uniform in ±this
 * @param translation     largest shift per axis as a fraction of the image size, uniform in ±this
 * @param contrast        largest relative contrast change: gray levels scaled about mid-gray by 1 ± this
 * @param gamma           largest gamma change: exponent drawn log-uniformly in [1/(1+g), 1+g]
 * @param noise           standard deviation of added Gaussian noise, as a fraction of full scale
 */
public record AugmentationSpec(double rotationDegrees, double translation, double contrast, double gamma,
                               double noise) {
    /** No change at all. */
    public static final AugmentationSpec NONE = new AugmentationSpec(0, 0, 0, 0, 0);

    public boolean isNone() {
        return equals(NONE);
    }
}
