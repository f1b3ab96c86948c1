package dev.siamese.report;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Two results of one experiment name (a spec run twice, a copied folder) are compared, labelled apart. */
class CompareSameNamesTest {
    @TempDir
    Path dir;

    @Test
    void sameExperimentNamesGetDistinctLabelsInsteadOfCrashingTheCharts() throws IOException {
        Path a = Fixtures.write(dir.resolve("run1"), Fixtures.results("stripes-conv", 0.98, 0.99, 0.02, 0.03, 1.0), true);
        Path b = Fixtures.write(dir.resolve("run2"), Fixtures.results("stripes-conv", 0.91, 0.95, 0.08, 0.06, 1.0), true);
        Comparison.Outcome outcome = new Comparison().run(List.of(a, b), List.of(),
                new Comparison.Options(List.of(), false, 0.0), dir.resolve("out"));
        assertEquals(2, Jsoup.parse(Files.readString(outcome.html())).select(".charts img").size());
        List<String> labels = SeriesLabels.of(ExperimentResults.readAll(List.of(a, b)));
        assertNotEquals(labels.get(0), labels.get(1));
        assertEquals(List.of("x"), SeriesLabels.of(List.of(new ExperimentResults(a,
                Fixtures.results("x", 0.9, 0.9, 0.1, 0.1, 1.0)))), "a unique name stays as it is");
    }
}
