package dev.siamese.maven.fork;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stops the forked JVM when the build that started it is gone. The build holds the write end of the fork's
 * standard input and never writes to it; whatever ends the build, even {@code kill -9}, the operating system
 * closes that end, and a read here returns end of input. Without this the fork would go on under PID 1 and
 * write its files after the build died.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    /** Starts a daemon thread that halts this JVM with {@code exitCode} once {@code in} reaches its end. */
    static Thread exitWhenInputCloses(InputStream in, int exitCode) {
        Thread watch = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // the build writes nothing; anything that arrives is ignored
                }
            } catch (IOException e) {
                // a broken pipe is the same news
            }
            Runtime.getRuntime().halt(exitCode);
        }, "siamese-parent-watch");
        watch.setDaemon(true);
        watch.start();
        return watch;
    }
}
