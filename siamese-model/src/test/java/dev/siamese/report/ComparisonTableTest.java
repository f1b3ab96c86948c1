package dev.siamese.report;

import dev.siamese.ExperimentException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTableTest {
    static final List<ExperimentResults> EXPERIMENTS = List.of(
            new ExperimentResults(Path.of("dense-1/target/siamese/results.json"), Fixtures.results("dense-1", 0.9833, 0.995, 0.02, 0.031, 1.0)),
            new ExperimentResults(Path.of("dense-3/target/siamese/results.json"), Fixtures.results("dense-3", 0.5417, 0.5, null, 0.25, 1.0)),
            new ExperimentResults(Path.of("conv/target/siamese/results.json"), Fixtures.results("conv", 0.9667, 0.999, 0.01, 0.045, 1.0)));

    @Test
    void marksTheBestOfEachColumnByDirection() {
        ComparisonTable table = ComparisonTable.of(EXPERIMENTS, ComparisonTable.DEFAULT_METRICS, false);
        assertTrue(table.isBest(0, 0), "highest validation accuracy");
        assertFalse(table.isBest(2, 0));
        assertTrue(table.isBest(2, 1), "highest ROC AUC");
        assertTrue(table.isBest(2, 2), "lowest EER");
        assertFalse(table.isBest(1, 2), "an undefined EER is never best");
        assertTrue(table.isBest(0, 3), "lowest loss");
        assertTrue(table.best(4).isEmpty() && !table.isBest(0, 4), "a column equal everywhere has no best");
        List<String> lines = TextTable.render(table.toTable());
        assertEquals("experiment  validation.accuracy  validation.rocAuc  validation.eer  validation.loss  train.accuracy",
                lines.get(0));
        assertEquals("dense-1                 0.9833*            0.9950          0.0200           0.0310*         1.0000", lines.get(2));
        assertEquals("dense-3                 0.5417             0.5000             n/a           0.2500          1.0000", lines.get(3));
    }

    @Test
    void onlyChangedDropsColumnsEqualEverywhere() {
        ComparisonTable table = ComparisonTable.of(EXPERIMENTS, List.of("validation.accuracy", "train.accuracy", "validation.eer"), true);
        assertEquals(List.of("validation.accuracy", "validation.eer"), table.metrics());
        assertEquals(List.of(0.9833, 0.02), table.rows().get(0).values());
    }

    @Test
    void unknownMetricNamesTheKnownOnes() {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> ComparisonTable.of(EXPERIMENTS, List.of("validation.acuracy"), false));
        assertTrue(e.getMessage().startsWith("unknown metric 'validation.acuracy'; known: train.loss, "), e.getMessage());
    }

    @Test
    void markdownIsAGitHubTable() {
        String md = MarkdownTable.render(ComparisonTable.of(EXPERIMENTS, List.of("validation.accuracy", "validation.eer"), false).toTable());
        assertEquals("""
                | experiment | validation.accuracy | validation.eer |
                | --- | ---: | ---: |
                | dense-1 | 0.9833\\* | 0.0200  |
                | dense-3 | 0.5417  | n/a  |
                | conv | 0.9667  | 0.0100\\* |
                """, md);
    }

    @Test
    void markdownEscapesPipesAndMarkup() {
        assertEquals("a\\|b &lt;script&gt; x\\_y", MarkdownTable.escape("a|b <script> x_y"));
    }
}
