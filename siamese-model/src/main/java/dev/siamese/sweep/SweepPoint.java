package dev.siamese.sweep;

import dev.siamese.spec.ExperimentSpec;

/**
 * One run of a sweep: a variant of the grid under one seed, as a resolved, validated experiment spec.
 *
 * @param variant the grid point it belongs to ({@code dense-3}, {@code default} without a grid)
 * @param seed    its seed
 * @param name    its folder below {@code target/siamese/sweep/}: {@code <variant>-seed-<seed>}
 * @param spec    the experiment with the variant's values, this seed and the name {@code <experiment>-<name>}
 */
public record SweepPoint(String variant, long seed, String name, ExperimentSpec spec) {
}
