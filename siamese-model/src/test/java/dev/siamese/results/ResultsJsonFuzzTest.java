package dev.siamese.results;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;
import dev.siamese.report.ExperimentResults;

/** A results.json of any bytes: read and its metrics looked up as check and compare do, or one line naming it. */
class ResultsJsonFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, "results.json", file -> {
            ExperimentResults r = ExperimentResults.read(file);
            r.name();
            r.metric("validation.eer");
            r.metric("train.accuracy");
        });
    }
}
