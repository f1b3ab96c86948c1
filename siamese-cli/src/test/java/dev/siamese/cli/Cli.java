package dev.siamese.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code siamese} run in-process, as {@code bin/siamese} runs it, with what it printed. */
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
        Cli run = run(args);
        String what = String.join(" ", args) + " -> " + run.err();
        assertEquals(2, run.exitCode(), what);
        assertEquals(1, run.errLines().size(), what);
        assertTrue(run.err().startsWith("siamese: "), what);
        assertFalse(run.err().contains("\tat "), what);
        assertEquals("", run.out(), what);
        return run;
    }
}
