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
 * @param elastic         largest displacement of an elastic distortion, as a fraction of the image size: a
 *                        smooth random field (uniform in ±this per axis on a coarse grid, interpolated
 *                        bilinearly), as skin stretches under pressure; 0 for none
 * @param elasticSpacing  the grid's spacing as a fraction of the image size: smaller bends ridges more
 *                        locally
 * @param crop            partial contact: each side of a kept window is {@code 1 − u × crop} of the image's
 *                        (u uniform in [0, 1)), placed at random; outside it becomes background; 0 for none
 * @param scale           largest relative change of size about the centre, the factor log-uniform in
 *                        [1/(1+s), 1+s]: fingers and sensors whose ridges are wider or narrower than the declared
 *                        resolution says; 0 for none
 */
public record AugmentationSpec(double rotationDegrees, double translation, double contrast, double gamma,
                               double noise, double elastic, double elasticSpacing, double crop, double scale) {
    /** The grid spacing when {@code elasticSpacing} is not given. */
    public static final double DEFAULT_ELASTIC_SPACING = 0.25;
    /** No change at all. */
    public static final AugmentationSpec NONE = new AugmentationSpec(0, 0, 0, 0, 0);

    /** Without elastic distortion or crop. */
    public AugmentationSpec(double rotationDegrees, double translation, double contrast, double gamma, double noise) {
        this(rotationDegrees, translation, contrast, gamma, noise, 0, DEFAULT_ELASTIC_SPACING, 0);
    }

    /** Without a change of scale. */
    public AugmentationSpec(double rotationDegrees, double translation, double contrast, double gamma, double noise,
                            double elastic, double elasticSpacing, double crop) {
        this(rotationDegrees, translation, contrast, gamma, noise, elastic, elasticSpacing, crop, 0);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
