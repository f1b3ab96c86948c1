package dev.siamese.spec;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed, validated {@code experiment.json}: everything that defines one experiment. Instances
 * only come from {@link ExperimentSpecReader}, so every value in here has been checked.
 *
 * @param source   the file it was read from (the most derived one when {@code extends} is used)
 * @param resolved the merged JSON after {@code extends}, as read (for provenance and hashing)
 * @param diagnostics whether training records per-epoch diagnostics (gradient and weight norms, dead and
 *                    saturated units, embedding and distance statistics) and evaluation derives verdicts
 */
public record ExperimentSpec(
        int schemaVersion,
        String name,
        String description,
        long seed,
        DatasetSpec dataset,
        SplitSpec split,
        PairsSpec pairs,
        ModelSpec model,
        TrainingSpec training,
        EvaluationSpec evaluation,
        List<Expectation> expectations,
        Path source,
        String resolved,
        boolean diagnostics,
        Confinement confinement) {

    public static final int SCHEMA_VERSION = 1;

    public ExperimentSpec {
        expectations = List.copyOf(expectations);
        if (confinement == null) {
            confinement = Confinement.of(source == null ? Path.of("").toAbsolutePath()
                    : source.toAbsolutePath().getParent(), List.of());
        }
    }

    /** Confined to the spec's own folder. */
    public ExperimentSpec(int schemaVersion, String name, String description, long seed, DatasetSpec dataset,
                          SplitSpec split, PairsSpec pairs, ModelSpec model, TrainingSpec training,
                          EvaluationSpec evaluation, List<Expectation> expectations, Path source, String resolved,
                          boolean diagnostics) {
        this(schemaVersion, name, description, seed, dataset, split, pairs, model, training, evaluation, expectations,
                source, resolved, diagnostics, null);
    }

    /** Without diagnostics (the default of {@code experiment.json}). */
    public ExperimentSpec(int schemaVersion, String name, String description, long seed, DatasetSpec dataset,
                          SplitSpec split, PairsSpec pairs, ModelSpec model, TrainingSpec training,
                          EvaluationSpec evaluation, List<Expectation> expectations, Path source, String resolved) {
        this(schemaVersion, name, description, seed, dataset, split, pairs, model, training, evaluation, expectations,
                source, resolved, false);
    }

    /** This spec with diagnostics on or off. */
    public ExperimentSpec withDiagnostics(boolean on) {
        return new ExperimentSpec(schemaVersion, name, description, seed, dataset, split, pairs, model, training,
                evaluation, expectations, source, resolved, on, confinement);
    }
}
