package dev.siamese.results;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;

/** A scores.json of any bytes: read, or one line naming it. */
class ScoresJsonFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, "scores.json", ResultsJson::readScores);
    }
}
