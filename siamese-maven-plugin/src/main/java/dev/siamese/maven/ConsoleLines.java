package dev.siamese.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * Log lines that fit a console of {@value #COLUMNS} columns: a long text is broken at spaces, never inside a word
 * or number, and its continuation lines are indented by two spaces. A single word longer than the width (a long
 * path) keeps a line of its own.
 */
final class ConsoleLines {
    /** The width plain lines are made to fit: a terminal's default, where a wrapped line would break mid-number. */
    static final int COLUMNS = 80;
    static final String INFO_PREFIX = "[INFO] ";
    static final String WARNING_PREFIX = "[WARNING] ";
    private static final String INDENT = "  ";

    private ConsoleLines() {
    }

    /** {@code text} as lines of at most {@code width} characters where its words allow; its own line breaks kept. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            List<String> wrapped = wrapLine(paragraph, width);
            lines.addAll(wrapped.isEmpty() ? List.of("") : wrapped);
        }
        return lines;
    }

    private static List<String> wrapLine(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(INDENT);
            }
            if (line.length() > 0 && !line.toString().equals(INDENT)) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 && !line.toString().equals(INDENT)) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** As {@link #wrap}, for a line Maven prefixes with {@code prefix} ({@value #INFO_PREFIX}). */
    static List<String> fit(String text, String prefix) {
        return wrap(text, COLUMNS - prefix.length());
    }
}
