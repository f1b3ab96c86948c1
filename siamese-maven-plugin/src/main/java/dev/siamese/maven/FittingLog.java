package dev.siamese.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * A Maven {@link Log} whose info lines fit {@value ConsoleLines#COLUMNS} columns ({@link ConsoleLines}): for prose
 * such as a run's metrics and the forked JVM's lines. Warnings and errors pass as they are, one line each, so
 * that what a build's log is searched for stays on one line; {@link #warnFitted} breaks a prose warning too.
 */
final class FittingLog implements Log {
    private final Log log;

    FittingLog(Log log) {
        this.log = log;
    }

    /** A warning in prose (a verdict), broken into lines that fit. */
    void warnFitted(String text) {
        ConsoleLines.fit(text, ConsoleLines.WARNING_PREFIX).forEach(log::warn);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(content);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(content, error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        ConsoleLines.fit(String.valueOf(content), ConsoleLines.INFO_PREFIX).forEach(log::info);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(content, error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(content, error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(content, error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
