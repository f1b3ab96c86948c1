package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.GateOutcome;
import dev.siamese.Line;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BuildOutcomeTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String logged() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static GateOutcome missed() {
        return new GateOutcome(List.of(Line.info("table"), Line.warn("retried")), List.of("Expectation missed: a"),
                "1 of 2 missed", null);
    }

    @Test
    void haltingFailuresAreErrorsAndTheSummaryFailsTheBuild() {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> BuildOutcome.conclude(ProgressDisplayTest.printingTo(out), missed(), true, "x.halt"));
        assertEquals("1 of 2 missed", e.getMessage());
        assertEquals("[info] table\n[warn] retried\n[error] Expectation missed: a\n", logged());
    }

    @Test
    void withoutHaltingFailuresAreWarningsAndTheSummarySaysWhy() {
        BuildOutcome.conclude(ProgressDisplayTest.printingTo(out), missed(), false, "x.halt");
        assertEquals("[info] table\n[warn] retried\n[warn] Expectation missed: a\n"
                + "[warn] 1 of 2 missed; not failing: x.halt=false\n", logged());
    }

    @Test
    void aPassedGateSaysSoAndAnUngatedOneNothingMore() {
        BuildOutcome.conclude(ProgressDisplayTest.printingTo(out), new GateOutcome(List.of(), List.of(), "all met", null),
                true, "x.halt");
        BuildOutcome.conclude(ProgressDisplayTest.printingTo(out), GateOutcome.ungated(List.of(Line.info("nothing"))),
                true, "x.halt");
        assertEquals("[info] all met\n[info] nothing\n", logged());
    }

    @Test
    void anErrorOfTheRunFailsEvenWithoutHalting() {
        GateOutcome broken = new GateOutcome(List.of(), List.of("Expectation missed: a"), "1 of 1 missed", "2 points failed");
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> BuildOutcome.conclude(ProgressDisplayTest.printingTo(out), broken, false, "x.halt"));
        assertEquals("2 points failed", e.getMessage());
        assertEquals("[warn] Expectation missed: a\n", logged());
    }
}
