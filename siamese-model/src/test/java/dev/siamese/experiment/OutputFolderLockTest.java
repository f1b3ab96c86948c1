package dev.siamese.experiment;

import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two builds in one output folder take turns; the one that waits says for whom, and gives up after its timeout. */
class OutputFolderLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondBuildWaitsSayingForWhomAndGoesOnOnceTheFirstIsDone() throws Exception {
        Path out = dir.resolve("target/siamese");
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (OutputFolderLock first = OutputFolderLock.acquire(out, "siamese:train (default)", Duration.ofSeconds(30),
                said::add)) {
            assertTrue(OutputFolderLock.holder(out).contains("siamese:train (default)"), OutputFolderLock.holder(out));
            assertTrue(OutputFolderLock.holder(out).startsWith("pid " + ProcessHandle.current().pid()));
            Future<String> second = other.submit(() -> {
                try (OutputFolderLock lock = OutputFolderLock.acquire(out, "siamese:evaluate (default)",
                        Duration.ofSeconds(30), line -> {
                            said.add(line);
                            waiting.countDown();
                        })) {
                    return OutputFolderLock.holder(out);
                }
            });
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the second build says it waits");
            assertFalse(second.isDone(), "and waits while the first holds the folder");
            first.close();
            assertTrue(second.get(10, TimeUnit.SECONDS).contains("siamese:evaluate (default)"));
        } finally {
            other.shutdownNow();
        }
        assertEquals(1, said.size(), "one line: " + said);
        assertTrue(said.get(0).startsWith(out + " is in use by another build (pid "), said.get(0));
        assertTrue(said.get(0).contains("siamese:train (default)"), said.get(0));
        assertTrue(said.get(0).contains("siamese.lockTimeoutSeconds"), said.get(0));
        assertEquals("", OutputFolderLock.holder(out), "a released lock names nobody");
        assertTrue(Files.exists(out.resolve(OutputFiles.LOCK_FILE)), "the lock file stays");
    }

    @Test
    void aBuildThatWaitedTooLongFailsNamingTheFolderAndTheHolder() throws Exception {
        Path out = dir.resolve("target/siamese");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (OutputFolderLock first = OutputFolderLock.acquire(out, "siamese:sweep (default)", Duration.ZERO, l -> { })) {
            ExperimentException e = other.submit(() -> assertThrows(ExperimentException.class,
                    () -> OutputFolderLock.acquire(out, "siamese:check (default)", Duration.ofMillis(300), l -> { })))
                    .get(10, TimeUnit.SECONDS);
            assertTrue(e.getMessage().startsWith(out + ": still in use by another build (pid "), e.getMessage());
            assertTrue(e.getMessage().contains("siamese:sweep (default)"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dsiamese.lockTimeoutSeconds"), e.getMessage());
        } finally {
            other.shutdownNow();
        }
        try (OutputFolderLock again = OutputFolderLock.acquire(out, "siamese:check (default)", Duration.ZERO, l -> { })) {
            assertTrue(OutputFolderLock.holder(out).contains("siamese:check"), "free again once released");
        }
    }

    @Test
    void theThreadThatHoldsTheLockMayTakeItAgain() {
        Path out = dir.resolve("target/siamese");
        try (OutputFolderLock outer = OutputFolderLock.acquire(out, "outer", Duration.ZERO, l -> { });
             OutputFolderLock inner = OutputFolderLock.acquire(out, "inner", Duration.ZERO, l -> { })) {
            assertTrue(OutputFolderLock.holder(out).contains("outer"));
        }
    }

    /** Another build: holds the lock of the folder it is given until it is killed. */
    public static final class HoldingBuild {
        public static void main(String[] args) throws InterruptedException {
            OutputFolderLock.acquire(Path.of(args[0]), "siamese:train (other JVM)", Duration.ZERO, l -> { });
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void anotherProcessesLockIsHonouredAndDiesWithIt() throws Exception {
        Path out = dir.resolve("target/siamese");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldingBuild.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals("locked")) {
                // SLF4J's lines before it
            }
            assertEquals("locked", line);
            ExperimentException e = assertThrows(ExperimentException.class,
                    () -> OutputFolderLock.acquire(out, "siamese:evaluate", Duration.ofMillis(200), l -> { }));
            assertTrue(e.getMessage().contains("pid " + build.pid() + ": siamese:train (other JVM)"), e.getMessage());
            build.destroyForcibly(); // kill -9: no hook runs, the operating system releases the lock
            assertTrue(build.waitFor(10, TimeUnit.SECONDS));
            try (OutputFolderLock mine = OutputFolderLock.acquire(out, "siamese:evaluate", Duration.ofSeconds(10), l -> { })) {
                assertTrue(OutputFolderLock.holder(out).contains("siamese:evaluate"));
            }
        } finally {
            build.destroyForcibly();
        }
    }
}
