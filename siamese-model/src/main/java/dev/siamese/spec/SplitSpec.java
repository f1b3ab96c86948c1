package dev.siamese.spec;

/**
 * How images are divided into training and validation.
 *
 * @param validationFraction share held out for validation (seed: 0.2, i.e. {@code len // 5})
 * @param strategy           by image (as the seed) or by identity (validation fingers never trained on)
 * @param shuffle            shuffle before cutting; false reproduces the seed's code, which never shuffled
 */
public record SplitSpec(double validationFraction, SplitStrategy strategy, boolean shuffle) {
}
