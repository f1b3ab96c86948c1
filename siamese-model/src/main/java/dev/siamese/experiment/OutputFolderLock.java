package dev.siamese.experiment;

import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One build at a time in an output folder: an exclusive lock on {@value OutputFiles#LOCK_FILE} inside it, held
 * while a goal works there. Between processes it is the operating system's file lock, which dies with its holder
 * ({@code kill -9} included), so a killed build never leaves the folder locked; within one JVM (threads, Maven's
 * {@code -T}) a lock per folder comes first, since a JVM cannot hold two file locks on one file. The holder writes
 * who it is into the file, so that a build that has to wait says for whom, once, and gives up with an
 * {@link ExperimentException} after its timeout. The lock file is never deleted: a build that deleted it would
 * let the next one lock a new file while another still holds the old one.
 */
public final class OutputFolderLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputFolderLock.class);
    /** The locked byte lies far beyond the holder's line, so that the line stays readable where locks are mandatory. */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    private static final long POLL_MILLIS = 100;
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock inJvm;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private OutputFolderLock(ReentrantLock inJvm, FileChannel channel, FileLock lock) {
        this.inJvm = inJvm;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (created when missing) for {@code holder} (what works there, e.g. {@code siamese:train});
     * when another build holds it, tells {@code onWait} once who, and waits at most {@code timeout} (zero: not at
     * all). The thread that holds the lock may take it again (nested, released with the outer one).
     *
     * @throws ExperimentException when the other build still holds it after {@code timeout}
     */
    public static OutputFolderLock acquire(Path folder, String holder, Duration timeout, Consumer<String> onWait) {
        Path file;
        try {
            Files.createDirectories(folder);
            file = folder.resolve(OutputFiles.LOCK_FILE);
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException raced) {
                    // another build made it first: the same file
                }
            }
            file = file.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the lock file " + folder.resolve(OutputFiles.LOCK_FILE), e);
        }
        ReentrantLock inJvm = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        if (inJvm.isHeldByCurrentThread()) {
            inJvm.lock();
            return new OutputFolderLock(inJvm, null, null);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        try {
            if (!inJvm.tryLock()) {
                onWait.accept(waiting(folder, file, timeout));
                told = true;
                if (!inJvm.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw timedOut(folder, file, timeout);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExperimentException(folder + ": interrupted while waiting for another build to finish there");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = channel.tryLock(LOCKED_BYTE, 1, false)) == null) {
                if (System.nanoTime() - deadline >= 0) {
                    throw timedOut(folder, file, timeout);
                }
                if (!told) {
                    onWait.accept(waiting(folder, file, timeout));
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
            String line = "pid " + ProcessHandle.current().pid() + ": " + holder + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputFolderLock(inJvm, channel, lock);
        } catch (IOException e) {
            // a file system without locks (some network mounts): work as before, unguarded
            LOG.warn("Cannot lock {} ({}): two builds at once in this folder are not kept apart", file, e.getMessage());
            closeQuietly(channel);
            return new OutputFolderLock(inJvm, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            inJvm.unlock();
            throw new ExperimentException(folder + ": interrupted while waiting for another build to finish there");
        } catch (RuntimeException e) {
            closeQuietly(channel);
            inJvm.unlock();
            throw e;
        }
    }

    /** Who holds the lock of {@code folder}, as its holder wrote it; empty when nobody wrote (or it is free). */
    public static String holder(Path folder) {
        try {
            return new String(Files.readAllBytes(folder.resolve(OutputFiles.LOCK_FILE)), StandardCharsets.UTF_8)
                    .lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String waiting(Path folder, Path file, Duration timeout) {
        return folder + " is in use by another build (" + describeHolder(file) + "); waiting for it to finish, at most "
                + timeout.toSeconds() + " s (siamese.lockTimeoutSeconds)";
    }

    private static ExperimentException timedOut(Path folder, Path file, Duration timeout) {
        return new ExperimentException(folder + ": still in use by another build (" + describeHolder(file)
                + ") after " + timeout.toSeconds() + " s; let it finish, or wait longer with -Dsiamese.lockTimeoutSeconds");
    }

    private static String describeHolder(Path file) {
        String h = holder(file.getParent());
        return h.isEmpty() ? "a build that has not said who it is yet" : h;
    }

    /**
     * Releases the lock (the holder's line is cleared first); nested acquisitions release only their own count.
     * Closing twice is closing once.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (lock != null) {
                try {
                    channel.truncate(0);
                } catch (IOException e) {
                    // the line goes stale; the lock is released all the same
                }
                closeQuietly(channel); // releases the lock with the channel
            }
        } finally {
            inJvm.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing the lock file failed", e);
            }
        }
    }
}
