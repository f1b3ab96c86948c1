package dev.siamese.maven;

import org.apache.maven.plugin.logging.Log;

import java.util.function.Consumer;

/**
 * A Maven {@link Log} whose every line is printed through {@code around}: the progress bar clears itself,
 * lets the line print, and draws itself again below it.
 */
final class LogAboveProgressBar implements Log {
    private final Log log;
    private final Consumer<Runnable> around;

    LogAboveProgressBar(Log log, Consumer<Runnable> around) {
        this.log = log;
        this.around = around;
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        if (log.isDebugEnabled()) {
            around.accept(() -> log.debug(content));
        }
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        if (log.isDebugEnabled()) {
            around.accept(() -> log.debug(content, error));
        }
    }

    @Override
    public void debug(Throwable error) {
        if (log.isDebugEnabled()) {
            around.accept(() -> log.debug(error));
        }
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        around.accept(() -> log.info(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        around.accept(() -> log.info(content, error));
    }

    @Override
    public void info(Throwable error) {
        around.accept(() -> log.info(error));
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        around.accept(() -> log.warn(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        around.accept(() -> log.warn(content, error));
    }

    @Override
    public void warn(Throwable error) {
        around.accept(() -> log.warn(error));
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        around.accept(() -> log.error(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        around.accept(() -> log.error(content, error));
    }

    @Override
    public void error(Throwable error) {
        around.accept(() -> log.error(error));
    }
}
