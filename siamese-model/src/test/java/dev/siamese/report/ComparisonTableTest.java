package dev.siamese.report;

import dev.siamese.ExperimentException;
import dev.siamese.results.Results;
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

    static ExperimentResults on(String dataset, Results r, String model) {
        return new ExperimentResults(Path.of(r.experiment() + "/target/siamese/results.json"),
                Fixtures.madeOf(r, dataset, model));
    }

    @Test
    void marksTheBestOfEachColumnByDirection() {
        ComparisonTable table = ComparisonTable.of(EXPERIMENTS, ComparisonTable.DEFAULT_METRICS, false);
        assertTrue(table.isBest(0, 0), "highest validation accuracy");
        assertFalse(table.isBest(2, 0));
        assertTrue(table.isBest(2, 1), "highest ROC AUC");
        assertTrue(table.isBest(2, 2), "lowest EER");
        assertFalse(table.isBest(1, 2), "an undefined EER is never best");
        assertTrue(table.isBest(0, 3), "lowest loss");
        assertTrue(table.best(0, 4).isEmpty() && !table.isBest(0, 4), "a column equal everywhere has no best");
        List<String> lines = TextTable.render(table.toTable());
        assertEquals("experiment  data set          model    loss         branch   validation.accuracy  validation.rocAuc"
                + "  validation.eer  validation.loss  train.accuracy", lines.get(0));
        assertEquals("dense-1     unknown data set  network  contrastive  dense-1              0.9833*"
                + "            0.9950          0.0200           0.0310*         1.0000", lines.get(2));
        assertEquals(4 + 1, lines.size(), "header, rule, a row each: one data set, no group lines");
    }

    @Test
    void bestOnlyAmongResultsOnTheSameDataSetGroupedByIt() {
        ComparisonTable table = ComparisonTable.of(mixed(), ComparisonTable.DEFAULT_METRICS, false);
        assertEquals(List.of("stripes-dense-1", "stripes-dense-3", "synthetic-conv", "synthetic-sourceafis"),
                table.rows().stream().map(ComparisonTable.Row::experiment).toList(), "a data set's rows together");
        assertTrue(table.isBest(0, 0) && table.isBest(0, 1), "stripes-dense-1: the best of the stripes");
        assertTrue(table.isBest(2, 0), "synthetic-conv's accuracy 0.65 is the best on its data set, below the stripes'");
        assertTrue(table.isBest(3, 1), "SourceAFIS's ROC AUC 0.996 is best on its data set, below stripes-dense-1's 1.0");
        assertFalse(table.isBest(2, 1));
        assertTrue(table.severalDatasets());
        List<String> lines = TextTable.render(table.toTable());
        assertEquals("[data set synthetic-fingerprints 96×96 · aaaa1111]", lines.get(2));
        assertEquals(List.of("stripes-dense-1", "synthetic-fingerprints 96×96 · aaaa1111", "network", "contrastive",
                "dense-1", "default", "1.0000*", "1.0000*", "0.0000*", "0.0100*", "1.0000*"),
                List.of(lines.get(3).split(" {2,}")), lines.get(3));
        assertEquals("[data set synthetic-fingerprints 96×96 · bbbb2222]", lines.get(5));
        Table t = table.toTable();
        assertEquals(List.of(0, 2), t.groups().stream().map(Table.Group::firstRow).toList());
        String md = MarkdownTable.render(t);
        assertTrue(md.startsWith("**data set synthetic-fingerprints 96×96 · aaaa1111**\n\n| experiment | data set |"), md);
        assertTrue(md.contains("\n\n**data set synthetic-fingerprints 96×96 · bbbb2222**\n\n| experiment |"), md);
    }

    @Test
    void modelLossBranchAndTheSettingsThatDifferAreColumns() {
        ComparisonTable table = ComparisonTable.of(mixed(), List.of("validation.rocAuc"), false);
        assertEquals(List.of("training.optimizer.learningRate"), table.settings(),
                "only what differs between networks trained on one data set: not SourceAFIS's lack of an optimizer");
        Table t = table.toTable();
        assertEquals(List.of("experiment", "data set", "model", "loss", "branch", "learningRate", "validation.rocAuc"),
                t.header());
        assertEquals(List.of("stripes-dense-1", "network", "contrastive", "dense-1", "default"),
                List.of(t.rows().get(0).get(0), t.rows().get(0).get(2), t.rows().get(0).get(3), t.rows().get(0).get(4),
                        t.rows().get(0).get(5)));
        assertEquals(List.of("network", "cosface", "layers (2)", "1.0E-4"), t.rows().get(1).subList(2, 6));
        assertEquals(List.of("SourceAFIS", "—", "—", "—"), t.rows().get(3).subList(2, 6), "nothing trained there");
    }

    /** Two stripes networks (one with another optimizer setting) and, on another data set, a network and SourceAFIS. */
    static List<ExperimentResults> mixed() {
        return List.of(
                on("aaaa1111", Fixtures.results("stripes-dense-1", 1.0, 1.0, 0.0, 0.01, 1.0), "{\"branch\": \"dense-1\"}"),
                on("bbbb2222", Fixtures.results("synthetic-conv", 0.65, 0.53, 0.56, 0.22, 0.81), "{\"branch\": \"conv\"}"),
                onWithLearningRate(on("aaaa1111", Fixtures.results("stripes-dense-3", 0.83, 0.5, 0.5, 0.17, 0.67),
                        "{\"branch\": [{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 8}],"
                                + " \"loss\": {\"type\": \"cosface\"}}")),
                on("bbbb2222", Fixtures.results("synthetic-sourceafis", 0.47, 0.996, 0.03, 0.5, 0.8), "{\"type\": \"sourceafis\"}"));
    }

    private static ExperimentResults onWithLearningRate(ExperimentResults e) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) e.results().spec()).putObject("training")
                .putObject("optimizer").put("learningRate", 1e-4);
        return e;
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
                | experiment | data set | model | loss | branch | validation.accuracy | validation.eer |
                | --- | --- | --- | --- | --- | ---: | ---: |
                | dense-1 | unknown data set | network | contrastive | dense-1 | 0.9833\\* | 0.0200  |
                | dense-3 | unknown data set | network | contrastive | dense-1 | 0.5417  | n/a  |
                | conv | unknown data set | network | contrastive | dense-1 | 0.9667  | 0.0100\\* |
                """, md);
    }

    @Test
    void markdownEscapesPipesAndMarkup() {
        assertEquals("a\\|b &lt;script&gt; x\\_y", MarkdownTable.escape("a|b <script> x_y"));
    }
}
