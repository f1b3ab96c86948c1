package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.spec.MissingDataException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;

/**
 * What every goal shares, and nothing more: {@code siamese.skip}, a warning for each {@code -Dsiamese.*} property
 * that no goal or POM knows ({@link PluginProperties}), and the one mapping of failures: an {@link ExperimentException}
 * is the user's to fix ({@link MojoFailureException}, message only, no stack trace:
 * {@link UserFailure}); anything else is ours ({@link MojoExecutionException}). Paths below the folder
 * Maven was started in are logged, and named in failures, relative to it ({@link RootRelativeLog}).
 */
abstract class AbstractSiameseMojo extends AbstractMojo {

    /**
     * Skip every Siamese goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        PluginProperties.of(plugin, project).unknown(session.getUserProperties()).forEach(getLog()::warn);
        if (skip) {
            getLog().info("Skipping: siamese.skip is set");
            return;
        }
        try (Turn turn = takeTurn()) {
            beforeRun();
            run();
        } catch (MissingDataException e) {
            getLog().warn("Skipping: " + e.getMessage());
            skipped(e.getMessage());
        } catch (ExperimentException e) {
            throw new MojoFailureException(getLog().shown(UserFailure.message(e)));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Siamese " + getClass().getSimpleName() + " failed: " + e, e);
        }
    }

    /** Maven's log for this goal, with paths below the folder Maven was started in shown relative to it. */
    @Override
    public RootRelativeLog getLog() {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return new RootRelativeLog(super.getLog(), root == null ? null : Path.of(root));
    }

    /** This goal's turn in the folder it works in, which other builds wait for; ends when closed. */
    @FunctionalInterface
    protected interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Keeps other builds out of the folder this goal works in until it is done (nothing by default). */
    protected Turn takeTurn() {
        return () -> { };
    }

    /** Housekeeping before the goal's work (nothing by default). */
    protected void beforeRun() {
    }

    /** Records that the goal was skipped for want of real scans (nothing by default). */
    protected void skipped(String reason) {
    }

    /** The goal's work. Throw {@link ExperimentException} for anything the user can fix. */
    protected abstract void run() throws MojoFailureException;

    /** Charts are drawn off-screen: no window system needed, and no dock icon on a Mac. */
    protected static void drawHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
