package dev.siamese.spec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;

/** An experiment.json of any bytes: a spec, or one line naming the file. */
class ExperimentSpecFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, "experiment.json", file -> new ExperimentSpecReader().read(file));
    }
}
