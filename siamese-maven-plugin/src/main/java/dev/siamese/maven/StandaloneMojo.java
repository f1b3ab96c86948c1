package dev.siamese.maven;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * A goal that needs no project ({@code compare}): the folder it reads below and the one it writes to, the
 * project's when there is one, else below the folder Maven was started in.
 */
abstract class StandaloneMojo extends AbstractSiameseMojo {

    /**
     * Where to look for every {@code **}{@code /target/siamese/results.json} when {@code results} is not given;
     * default: the project folder, or the current folder without a project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.directory", defaultValue = "${project.basedir}")
    private File directory;

    /** Where Maven was started: the folder to search when there is no project. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /**
     * Where {@code compare.md} and {@code compare.html} are written; default: {@code target/siamese} of the
     * project, or of the current folder without a project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siamese.outputDirectory", defaultValue = "${project.build.directory}/siamese")
    private File outputDirectory;

    private static boolean given(File f) {
        return f != null && !f.getPath().contains("${");
    }

    /** The folder to read below. */
    protected Path base() {
        // without a project (requiresProject = false) Maven has no basedir or build directory to give
        // (the expressions stay unresolved, "${project.basedir}")
        return (given(directory) ? directory : given(executionRoot) ? executionRoot : new File("."))
                .toPath().toAbsolutePath().normalize();
    }

    /** The folder to write to: {@code outputDirectory}, else {@code target/siamese} below {@code base}. */
    protected Path output(Path base) {
        return given(outputDirectory) ? outputDirectory.toPath() : base.resolve("target").resolve("siamese");
    }
}
