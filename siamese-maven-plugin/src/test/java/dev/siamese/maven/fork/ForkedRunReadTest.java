package dev.siamese.maven.fork;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The JDK may close a killed fork's pipe under a blocked read; that ends its output, it is no I/O failure. */
class ForkedRunReadTest {
    private static BufferedReader closedUnderTheRead() {
        return new BufferedReader(new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("Stream closed");
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void aPipeClosedUnderAFinishedForkEndsItsOutput() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        assertNull(ForkedRun.readLine(closedUnderTheRead(), finished));
    }

    @Test
    void aPipeFailingUnderARunningForkIsAnError() throws Exception {
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            // waitFor(5 s) in readLine: the fork still runs afterwards, so the failure is real
            assertThrows(IOException.class, () -> ForkedRun.readLine(closedUnderTheRead(), running));
        } finally {
            running.destroyForcibly();
        }
    }

    @Test
    void linesPassThrough() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        assertEquals("a", ForkedRun.readLine(new BufferedReader(new StringReader("a\n")), finished));
    }
}
