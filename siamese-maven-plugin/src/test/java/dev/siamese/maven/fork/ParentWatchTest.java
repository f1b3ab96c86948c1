package dev.siamese.maven.fork;

import dev.siamese.ExperimentException;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fork whose build is gone stops: when the build dies (kill -9 included) the operating system closes the
 * fork's standard input, which is what closing it here does.
 */
class ParentWatchTest {

    /** A stand-in fork: watches its input as ForkedMain does, then would work for a minute. */
    public static final class BusyFork {
        public static void main(String[] args) throws InterruptedException {
            ParentWatch.exitWhenInputCloses(System.in, ForkProtocol.PARENT_GONE_EXIT);
            Thread.sleep(60_000);
        }
    }

    @Test
    void aForkStopsWhenItsStandardInputCloses() throws IOException, InterruptedException {
        Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BusyFork.class.getName()).start();
        try {
            assertFalse(fork.waitFor(1, TimeUnit.SECONDS), "the fork runs while its build does");
            fork.getOutputStream().close();
            assertTrue(fork.waitFor(10, TimeUnit.SECONDS), "the fork outlived its build");
            assertEquals(ForkProtocol.PARENT_GONE_EXIT, fork.exitValue());
        } finally {
            fork.destroyForcibly();
        }
    }

    @Test
    void aStaleInputCrossesTheForkWithItsStage() {
        String line = ForkProtocol.failureLine(new StaleInputException(Stage.TRAINING, "/x/model.zip: stale"));
        ExperimentException back = ForkProtocol.parseFailure(line.substring(ForkProtocol.FAILURE.length()));
        StaleInputException stale = assertInstanceOf(StaleInputException.class, back);
        assertEquals(Stage.TRAINING, stale.stage());
        assertEquals("/x/model.zip: stale", stale.getMessage());
        ExperimentException plain = ForkProtocol.parseFailure(ForkProtocol.failureLine(
                new ExperimentException("bad spec")).substring(ForkProtocol.FAILURE.length()));
        assertFalse(plain instanceof StaleInputException);
        assertEquals("bad spec", plain.getMessage());
    }
}
