package dev.siamese.maven;

import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Maven {@link Log} that shows the paths below the folder Maven was started in relative to it, as compilers show
 * their files: {@code experiments/x/target/siamese/model.zip} rather than the whole absolute path, so that a line
 * naming a file fits a console. Paths elsewhere are shown as they are.
 */
final class RootRelativeLog extends ForwardingLog {
    /** Matches the root and its separator where a path starts: not inside a longer path or word. */
    private final Pattern root;

    /** Shows paths below {@code root} relative to it; with a null root (or the file system's root) it changes nothing. */
    RootRelativeLog(Log log, Path root) {
        super(log);
        Path absolute = root == null ? null : root.toAbsolutePath().normalize();
        this.root = absolute == null || absolute.getNameCount() == 0 ? null
                : Pattern.compile("(?<![\\w./\\\\-])" + Pattern.quote(absolute + File.separator));
    }

    /** {@code text} with each path below the root written relative to it. */
    String shown(CharSequence text) {
        String s = String.valueOf(text);
        return root == null ? s : root.matcher(s).replaceAll(Matcher.quoteReplacement(""));
    }

    @Override
    public void info(CharSequence content) {
        delegate().info(shown(content));
    }

    @Override
    public void warn(CharSequence content) {
        delegate().warn(shown(content));
    }

    @Override
    public void error(CharSequence content) {
        delegate().error(shown(content));
    }
}
