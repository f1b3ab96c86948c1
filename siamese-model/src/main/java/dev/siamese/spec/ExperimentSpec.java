package dev.siamese.spec;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed, validated {@code experiment.json}: everything that defines one experiment. Instances
 * only come from {@link ExperimentSpecReader}, so every value in here has been checked.
 *
 * @param source   the file it was read from (the most derived one when {@code extends} is used)
 * @param resolved the merged JSON after {@code extends}, as read (for provenance and hashing)
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
        String resolved) {

    public static final int SCHEMA_VERSION = 1;

    public ExperimentSpec {
        expectations = List.copyOf(expectations);
    }
}
