package dev.siamese.cli;

import dev.siamese.AtomicWrite;
import dev.siamese.ExperimentException;
import dev.siamese.pairs.Pair;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code siamese score --scores FILE}: every comparison, one a line, {@code left,right,genuine,distance} (file names;
 * genuine 1 or 0; the distance as Java prints a double, exact), in the protocol's order; written whole or not at all.
 */
final class ScoresCsv {
    static final String HEADER = "left,right,genuine,distance";

    private ScoresCsv() {
    }

    static void write(Path file, List<String> names, List<Pair> pairs, double[] distances) {
        try {
            AtomicWrite.write(file, tmp -> {
                try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write(HEADER);
                    w.newLine();
                    for (int i = 0; i < pairs.size(); i++) {
                        Pair p = pairs.get(i);
                        w.write(field(names.get(p.left())) + "," + field(names.get(p.right())) + "," + p.label() + ","
                                + distances[i]);
                        w.newLine();
                    }
                }
            });
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot write (" + ExperimentException.reason(e) + ")");
        }
    }

    /** RFC 4180: a name with a comma, quote or line break quoted, its quotes doubled. */
    static String field(String value) {
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
