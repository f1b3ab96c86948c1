package dev.siamese.match;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.siamese.FuzzedFile;

/** A matcher.json of any bytes: read, or one line naming it. */
class MatcherSettingsFuzzTest {
    @FuzzTest
    void readsAnyBytes(byte[] bytes) throws Exception {
        FuzzedFile.check(bytes, "matcher.json", MatcherSettings::read);
    }
}
