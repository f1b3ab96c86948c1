package dev.siamese.maven;

import dev.siamese.TempFiles;
import dev.siamese.experiment.OutputFolderLock;
import dev.siamese.spec.SkippedExperiment;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * A goal that works in one output folder: it takes its turn there ({@link OutputFolderLock}), removes the temp files
 * of builds killed while writing, and honours the note a skipped experiment leaves ({@link SkippedExperiment}).
 */
abstract class OutputFolderMojo extends AbstractSiameseMojo {
    private static final Set<String> STARTING_GOALS = Set.of("generate", "statistics", "sweep");

    /**
     * How long a goal waits for another build working in the same output folder (an IDE's and a terminal's
     * {@code mvn verify}) before it fails; the goals of one folder take turns, and the one that waits says for
     * whom. {@code 0}: fail at once.
     *
     * @since 0.3.0
     */
    @Parameter(property = "siamese.lockTimeoutSeconds", defaultValue = "3600")
    protected int lockTimeoutSeconds;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /** The output folder's lock ({@link OutputFolderLock}), held while the goal works there. */
    @Override
    protected Turn takeTurn() {
        String goal = mojoExecution == null ? getClass().getSimpleName()
                : "siamese:" + mojoExecution.getGoal() + " (" + mojoExecution.getExecutionId() + ")";
        return OutputFolderLock.acquire(outputFolder(), goal, Duration.ofSeconds(lockTimeoutSeconds),
                getLog()::info)::close;
    }

    /**
     * Removes temp files that builds killed while writing left in the output folder. A goal that starts an
     * experiment clears the note of an earlier skip; a later goal of a skipped experiment is skipped too.
     */
    @Override
    protected void beforeRun() {
        TempFiles.cleanStale(outputFolder());
        SkippedExperiment.beforeGoal(outputFolder(), startsTheExperiment());
    }

    /** Whether this goal is the first of an experiment's build (it makes the data set or reads none of it). */
    private boolean startsTheExperiment() {
        return mojoExecution != null && STARTING_GOALS.contains(mojoExecution.getGoal());
    }

    @Override
    protected void skipped(String reason) {
        SkippedExperiment.record(outputFolder(), reason);
    }

    /** The folder the goal works in. */
    protected abstract Path outputFolder();
}
