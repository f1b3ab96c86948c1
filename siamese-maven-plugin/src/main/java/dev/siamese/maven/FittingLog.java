package dev.siamese.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * A Maven {@link Log} whose info lines fit {@value ConsoleLines#COLUMNS} columns ({@link ConsoleLines}): for prose
 * such as a run's metrics and the forked JVM's lines. Warnings and errors pass as they are, one line each, so
 * that what a build's log is searched for stays on one line; {@link #warnFitted} breaks a prose warning too.
 */
final class FittingLog extends ForwardingLog {

    FittingLog(Log log) {
        super(log);
    }

    /** A warning in prose (a verdict), broken into lines that fit. */
    void warnFitted(String text) {
        ConsoleLines.fit(text, ConsoleLines.WARNING_PREFIX).forEach(delegate()::warn);
    }

    @Override
    public void info(CharSequence content) {
        ConsoleLines.fit(String.valueOf(content), ConsoleLines.INFO_PREFIX).forEach(delegate()::info);
    }
}
