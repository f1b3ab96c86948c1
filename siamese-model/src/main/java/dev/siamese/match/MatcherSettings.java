package dev.siamese.match;

import dev.siamese.BoundedFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.siamese.AtomicWrite;
import dev.siamese.ExperimentException;
import dev.siamese.ResultsMapper;
import dev.siamese.eval.OperatingThreshold;
import dev.siamese.spec.OperatingPoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code matcher.json}: the decision threshold of a trained model, chosen by evaluation on the validation
 * scores, kept beside {@code model.zip} (whose bytes, and so whose recorded SHA-256, it leaves alone).
 *
 * @param schemaVersion   {@value #SCHEMA_VERSION}
 * @param modelSha256     SHA-256 of the model file it belongs to
 * @param threshold       a pair matches when its distance is below this
 * @param operatingPoint  how it was chosen: {@code eer} or {@code fmr=<target>}
 * @param validationFmr   the false match rate at the threshold on the validation pairs
 * @param validationFnmr  the false non-match rate there
 */
public record MatcherSettings(int schemaVersion, String modelSha256, double threshold, String operatingPoint,
                              double validationFmr, double validationFnmr) {
    public static final int SCHEMA_VERSION = 1;

    public static MatcherSettings of(String modelSha256, OperatingPoint point, OperatingThreshold chosen) {
        return new MatcherSettings(SCHEMA_VERSION, modelSha256, chosen.threshold(), point.describe(),
                chosen.fmr(), chosen.fnmr());
    }

    public void write(Path file) throws IOException {
        AtomicWrite.write(file, tmp -> ResultsMapper.MAPPER.writeValue(tmp.toFile(), this));
    }

    /** Reads a {@code matcher.json}; anything else is an {@link ExperimentException} naming the file. */
    public static MatcherSettings read(Path file) {
        MatcherSettings s;
        try {
            s = BoundedFiles.readJson(ResultsMapper.MAPPER, file, BoundedFiles.SMALL_JSON, MatcherSettings.class);
        } catch (JsonProcessingException e) {
            throw new ExperimentException(file + ": not a matcher settings file: " + ExperimentException.reason(e));
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot read (" + ExperimentException.reason(e) + ")");
        }
        if (s.schemaVersion() != SCHEMA_VERSION || s.modelSha256() == null) {
            throw new ExperimentException(file + ": matcher schemaVersion " + s.schemaVersion()
                    + " is unknown; this build reads " + SCHEMA_VERSION);
        }
        if (!Double.isFinite(s.threshold())) {
            throw new ExperimentException(file + ": threshold " + s.threshold() + " is not a distance");
        }
        return s;
    }
}
