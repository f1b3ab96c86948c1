package dev.siamese.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code siamese} run in-process, as {@code bin/siamese} runs it (or that run itself: {@link Distribution}), with
 * what it printed.
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = SiameseCli.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Runs {@code args}, a user's mistake: exit code 2, one line on stderr without a stack trace, nothing on stdout. */
    static Cli assertUserError(String... args) {
        return run(args).assertUserError(String.join(" ", args));
    }

    /** This run of {@code command} was a user's mistake: exit code 2, one line on stderr, no stack trace, no stdout. */
    Cli assertUserError(String command) {
        String what = command + " -> exit " + exitCode + ", stderr: " + err;
        assertEquals(2, exitCode, what);
        assertEquals(1, errLines().size(), what);
        assertTrue(err.startsWith("siamese: "), what);
        assertFalse(err.contains("\tat "), what);
        assertEquals("", out, what);
        return this;
    }
}
