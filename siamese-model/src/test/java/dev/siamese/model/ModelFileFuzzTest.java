package dev.siamese.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;

/** A model.zip of any bytes (training-images.txt and every entry inside): checked, or one line naming it. */
class ModelFileFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, "model.zip", ModelFileCheck::check);
    }
}
