package dev.siamese.report;

import dev.siamese.OutputFiles;
import dev.siamese.Sha256;

import dev.siamese.results.PairScores;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One experiment's results.json, and where it was read from. */
public record ExperimentResults(Path file, Results results) {

    /** Reads a results file; anything but a results JSON of a known version fails naming the file. */
    public static ExperimentResults read(Path file) {
        return new ExperimentResults(file, ResultsJson.read(file));
    }

    public static List<ExperimentResults> readAll(List<Path> files) {
        return files.stream().map(ExperimentResults::read).toList();
    }

    /** The experiment's name, or the file's folder when the results name none. */
    public String name() {
        String name = results.experiment();
        return name == null || name.isBlank() ? String.valueOf(file.toAbsolutePath().getParent()) : name;
    }

    public Optional<Double> metric(String name) {
        return results.metrics() == null ? Optional.empty() : results.metric(name);
    }

    /**
     * {@code scores.json} beside the results file, when there is one and it is the one written with them (its
     * SHA-256 the one their provenance names: an evaluation stopped between the two files leaves a pair that is not).
     */
    public Optional<PairScores> scores() {
        Path scores = file.resolveSibling(OutputFiles.SCORES_FILE);
        if (!Files.isRegularFile(scores)) {
            return Optional.empty();
        }
        if (results.provenance() != null && !Sha256.of(scores).equals(results.provenance().scoresSha256())) {
            return Optional.empty();
        }
        return Optional.of(ResultsJson.readScores(scores));
    }
}
