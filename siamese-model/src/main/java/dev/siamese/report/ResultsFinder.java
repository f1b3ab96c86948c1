package dev.siamese.report;

import dev.siamese.ExperimentException;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds results files: every {@code **}{@code /target/siamese/results.json} below a folder, or the files,
 * folders and glob patterns ({@code b/*}{@code /target/siamese/results.json}) a user names.
 */
public final class ResultsFinder {
    static final Path RESULTS_TAIL = Path.of("target", "siamese", "results.json");

    private ResultsFinder() {
    }

    /**
     * @param base     the folder relative names and patterns are resolved against, and searched when none is given
     * @param patterns files, folders or glob patterns; empty: search {@code base}
     * @return the results files, sorted, each once
     */
    public static List<Path> find(Path base, List<String> patterns) {
        TreeSet<Path> found = new TreeSet<>();
        if (patterns.isEmpty()) {
            found.addAll(below(base));
            if (found.isEmpty()) {
                throw new StaleInputException(Stage.EVALUATION, "no " + RESULTS_TAIL + " found below " + base
                        + " and no results files named");
            }
            return List.copyOf(found);
        }
        for (String pattern : patterns) {
            List<Path> matched = isGlob(pattern) ? glob(base, pattern) : literal(base, pattern);
            if (matched.isEmpty()) {
                throw new ExperimentException(pattern + ": no results file matches (looked in " + base + ")");
            }
            found.addAll(matched);
        }
        return List.copyOf(found);
    }

    /** Splits a comma-separated list, dropping blanks. */
    public static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static List<Path> literal(Path base, String name) {
        Path p = base.resolve(name).normalize();
        if (Files.isDirectory(p)) {
            List<Path> below = below(p);
            // a folder of copied results (baseline/<experiment>/results.json) has no target/siamese
            return below.isEmpty() ? walk(p, f -> f.getFileName().toString().equals("results.json")) : below;
        }
        if (!Files.isRegularFile(p)) {
            throw new ExperimentException(p + ": results file not found");
        }
        return List.of(p);
    }

    /** Every results file below a folder, or the folder's own {@code results.json} when it is a results folder. */
    static List<Path> below(Path dir) {
        return walk(dir, f -> f.endsWith(RESULTS_TAIL));
    }

    private static List<Path> glob(Path base, String pattern) {
        String normalized = pattern.replace('\\', '/');
        String[] parts = normalized.split("/");
        StringBuilder prefix = new StringBuilder();
        int i = 0;
        for (; i < parts.length - 1 && !isGlob(parts[i]); i++) {
            prefix.append(parts[i]).append('/');
        }
        Path root = base.resolve(prefix.isEmpty() ? "." : prefix.toString()).normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        return walk(root, f -> matcher.matches(root.relativize(f)));
    }

    private static List<Path> walk(Path dir, Predicate<Path> accept) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String n = d.getFileName() == null ? "" : d.getFileName().toString();
                    boolean skip = !d.equals(dir) && (n.startsWith(".") || n.equals("node_modules")
                            || n.equals("dataset") && d.getParent().endsWith(Path.of("target", "siamese")));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && accept.test(f)) {
                        out.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean isGlob(String s) {
        return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
