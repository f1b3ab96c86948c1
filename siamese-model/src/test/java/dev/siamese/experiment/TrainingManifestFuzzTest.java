package dev.siamese.experiment;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;
import dev.siamese.OutputFiles;

import java.nio.file.Files;
import java.nio.file.Path;

/** A training-manifest.json of any bytes: read and checked against the folder as evaluate does, or one line naming it. */
class TrainingManifestFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        Path dir = FuzzedFile.folder("training");
        Files.write(dir.resolve(OutputFiles.TRAINING_MANIFEST), bytes);
        // its messages name the manifest or a file it lists: all inside the folder
        FuzzedFile.check(dir, folder -> TrainingManifest.require(folder, "a fingerprint"));
    }
}
