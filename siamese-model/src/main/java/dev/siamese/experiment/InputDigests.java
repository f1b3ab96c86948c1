package dev.siamese.experiment;

import dev.siamese.spec.Confinement;
import dev.siamese.ExperimentException;
import dev.siamese.Sha256;
import dev.siamese.SiameseVersion;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;
import dev.siamese.results.Results;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.FolderDatasetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Digests of the inputs, the one rule of what makes each output: a SHA-256 over everything that decides it,
 * recorded in the output (the files' {@code fingerprint} fields) and compared before it is reused. The data set's covers the seed and the {@code dataset}, {@code split} and
 * {@code pairs} sections (and a folder's source bytes); training's the data set's, the seed and the
 * {@code model}, {@code training} and {@code diagnostics} settings; evaluation's training's, the model's
 * SHA-256 and the whole resolved spec (results.json records it). Each includes this library's version, so
 * another release redoes the work instead of trusting files it may read differently.
 */
public final class InputDigests {
    /** Bump when generation changes what it writes for the same spec, so old folders are regenerated. */
    static final String GENERATOR_VERSION = "1";

    private InputDigests() {
    }

    /** What decides the data set folder's content. */
    public static String dataset(ExperimentSpec spec) {
        Sha256 sha = new Sha256().update("generator " + GENERATOR_VERSION + "|seed " + spec.seed() + "|"
                + spec.dataset() + "|" + spec.split() + "|" + spec.pairs());
        if (spec.dataset() instanceof FolderDatasetSpec folder) {
            digestSources(sha, folder, spec.confinement());
        }
        return sha.hex();
    }

    /**
     * What decides the trained network and its history, given the data set's digest: with {@code model.init},
     * the bytes of the model it starts from too.
     */
    public static String training(ExperimentSpec spec, String datasetDigest) {
        Path init = PretrainedModel.initial(spec);
        return Sha256.of("training|siamese " + SiameseVersion.siamese() + "|dataset " + datasetDigest
                + "|seed " + spec.seed() + "|" + spec.model() + "|" + spec.training() + "|diagnostics "
                + spec.diagnostics() + (init == null ? "" : "|init " + Sha256.of(init)));
    }

    /** What decides results.json and scores.json, given training's digest and the model's SHA-256 (null: none). */
    public static String evaluation(ExperimentSpec spec, String trainingDigest, String modelSha256) {
        return Sha256.of("evaluation|siamese " + SiameseVersion.siamese() + "|training " + trainingDigest
                + "|model " + modelSha256 + "|spec " + specSha256(spec));
    }

    /** SHA-256 of the resolved spec's text (after {@code extends}), as results.json records it. */
    public static String specSha256(ExperimentSpec spec) {
        return Sha256.of(spec.resolved());
    }

    /**
     * Refuses results that were not made from {@code spec} as it reads now (another experiment's, or before the
     * spec changed), or that carry no provenance (written before 0.2.0).
     */
    public static void requireResultsOf(ExperimentSpec spec, Results results, Path file) {
        if (!specSha256(spec).equals(results.specSha256())) {
            throw new StaleInputException(Stage.EVALUATION, file + ": made from another spec (experiment \""
                    + results.experiment() + "\", spec SHA-256 " + TrainingManifest.abbreviate(String.valueOf(
                    results.specSha256())) + "), not from " + spec.source() + " (\"" + spec.name() + "\", "
                    + TrainingManifest.abbreviate(specSha256(spec)) + ")");
        }
        if (results.provenance() == null) {
            throw new StaleInputException(Stage.EVALUATION, file + ": carries no provenance (written before "
                    + "Siamese 0.2.0), so what made it cannot be told");
        }
    }

    private static void digestSources(Sha256 sha, FolderDatasetSpec spec, Confinement confinement) {
        for (Path folder : spec.folders()) {
            if (!Files.isDirectory(folder)) {
                throw new ExperimentException(folder + ": data set folder not found (dataset.folder)");
            }
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    confinement.require(p, "dataset.folder");
                    sha.update(p.getFileName().toString());
                    sha.update(Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new ExperimentException(folder + ": cannot read data set folder: " + e.getMessage(), e);
            }
        }
    }
}
