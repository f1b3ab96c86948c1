package dev.siamese.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RootRelativeLogTest {
    @TempDir
    Path root;

    @Test
    void aPathBelowTheRootIsShownRelativeToIt() {
        Path model = root.resolve("experiments/x/target/siamese/model.zip");
        assertEquals("wrote experiments/x/target/siamese/model.zip and (experiments/x/target/siamese/history.json)",
                new RootRelativeLog(null, root).shown("wrote " + model + " and (" + model.resolveSibling("history.json")
                        + ")"));
    }

    @Test
    void pathsElsewhereAndLongerNamesAreLeftAsTheyAre() {
        RootRelativeLog log = new RootRelativeLog(null, root);
        String sibling = root + "x/file.png";
        String nested = "/mnt" + root + "/file.png";
        assertEquals(sibling + " " + nested + " /elsewhere/file.png",
                log.shown(sibling + " " + nested + " /elsewhere/file.png"));
    }

    @Test
    void withoutARootOrAtTheFileSystemsRootNothingChanges() {
        String text = root.resolve("a.png") + " and /b.png";
        assertEquals(text, new RootRelativeLog(null, null).shown(text));
        assertEquals(text, new RootRelativeLog(null, root.getRoot()).shown(text));
    }

    @Test
    void infoWarningAndErrorLinesAreShortened() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RootRelativeLog log = new RootRelativeLog(
                ProgressDisplayTest.printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8)), root);
        log.info("i " + root.resolve("a"));
        log.warn("w " + root.resolve("b"));
        log.error("e " + root.resolve("c"));
        assertEquals("[info] i a\n[warn] w b\n[error] e c\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
