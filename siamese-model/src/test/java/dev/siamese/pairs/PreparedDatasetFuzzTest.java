package dev.siamese.pairs;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;
import dev.siamese.OutputFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A data set folder whose manifest.json and pairs.json hold any bytes (the first byte says where the manifest
 * ends): read, or one line naming the file; never an image outside the folder.
 */
class PreparedDatasetFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        int split = bytes.length == 0 ? 0 : Math.min(bytes.length - 1, Byte.toUnsignedInt(bytes[0]) * 4);
        Path dir = FuzzedFile.folder("dataset");
        Files.write(dir.resolve(OutputFiles.MANIFEST), Arrays.copyOfRange(bytes, Math.min(1, bytes.length), 1 + split));
        Files.write(dir.resolve(OutputFiles.PAIRS), Arrays.copyOfRange(bytes, Math.min(bytes.length, 1 + split),
                bytes.length));
        FuzzedFile.check(dir, PreparedDataset::read);
    }
}
