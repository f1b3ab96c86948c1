package dev.siamese.match;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;

/** A gallery file of any bytes: read, or one line naming it (once: a header length of 2^31−1 ran out of memory). */
class GalleryFileFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, "gallery.bin", GalleryFile::read);
    }
}
