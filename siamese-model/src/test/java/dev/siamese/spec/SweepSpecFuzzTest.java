package dev.siamese.spec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;

import java.nio.file.Files;

/** A sweep.json of any bytes beside a valid experiment.json: a sweep, or one line naming a file. */
class SweepSpecFuzzTest {
    private static final String EXPERIMENT = """
            {"schemaVersion": 1, "name": "s", "dataset": {"type": "stripes", "size": 16, "stripeWidth": 2},
             "model": {"branch": "dense-1"}, "training": {"epochs": 2}}""";

    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, SweepSpec.FILE_NAME, file -> {
            Files.writeString(file.resolveSibling("experiment.json"), EXPERIMENT);
            new SweepSpecReader().read(file);
        });
    }
}
