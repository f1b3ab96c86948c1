package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.GateOutcome;
import dev.siamese.Line;
import org.apache.maven.plugin.logging.Log;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one place the plugin turns what the library says into the build's log and result: lines at their level, and
 * a gate's failures as errors that fail the build or, when told not to halt, as warnings.
 */
final class BuildOutcome {
    private BuildOutcome() {
    }

    /** Logs the library's lines at their level. */
    static void log(Log log, List<Line> lines) {
        emit(lines, log::info, log::warn);
    }

    /** Logs prose (a run's assessment and verdicts) at its level, every line fitted to the console, warnings too. */
    static void logProse(FittingLog log, List<Line> lines) {
        emit(lines, log::info, log::warnFitted);
    }

    private static void emit(List<Line> lines, Consumer<String> info, Consumer<String> warn) {
        for (Line line : lines) {
            (line.level() == Line.Level.WARN ? warn : info).accept(line.text());
        }
    }

    /**
     * A gate's outcome: its lines, then each failure as an error when it fails the build ({@code halt}) or else as a
     * warning; an error of the run fails the build either way; then the summary, a failure when halting, else a
     * warning naming {@code haltProperty}.
     */
    static void conclude(Log log, GateOutcome outcome, boolean halt, String haltProperty) {
        log(log, outcome.lines());
        for (String failure : outcome.failures()) {
            if (halt) {
                log.error(failure);
            } else {
                log.warn(failure);
            }
        }
        if (outcome.error() != null) {
            throw new ExperimentException(outcome.error());
        }
        if (outcome.summary() == null) {
            return;
        }
        if (outcome.passed()) {
            log.info(outcome.summary());
        } else if (halt) {
            throw new ExperimentException(outcome.summary());
        } else {
            log.warn(outcome.summary() + "; not failing: " + haltProperty + "=false");
        }
    }
}
