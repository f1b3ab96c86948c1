package dev.siamese.history;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;

/** A history.json of any bytes: read (a history's last epoch looked up as the train goal does), or one line naming it. */
class HistoryJsonFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, "history.json", file -> {
            History h = HistoryJson.read(file);
            if (!h.epochs().isEmpty()) {
                h.last();
            }
        });
    }
}
