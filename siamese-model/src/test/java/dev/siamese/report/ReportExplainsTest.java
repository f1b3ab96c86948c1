package dev.siamese.report;

import dev.siamese.diagnostics.Diagnostics;
import dev.siamese.diagnostics.DistanceFigures;
import dev.siamese.diagnostics.EmbeddingFigures;
import dev.siamese.diagnostics.EpochDiagnostics;
import dev.siamese.diagnostics.LayerFigures;
import dev.siamese.diagnostics.Verdict;
import dev.siamese.diagnostics.VerdictRules;
import dev.siamese.pairs.SplitSummary;
import dev.siamese.results.DatasetSummary;
import dev.siamese.results.Results;
import dev.siamese.results.ResultsJson;
import dev.siamese.results.Timings;
import dev.siamese.spec.Expectation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report says why, what was expected, and draws its charts readably and in one colour per series. */
class ReportExplainsTest {
    @TempDir
    Path dir;

    static Results withDiagnostics(Results r) {
        List<EpochDiagnostics> epochs = new ArrayList<>();
        for (int e = 1; e <= 20; e++) {
            epochs.add(new EpochDiagnostics(e, List.of(
                    new LayerFigures("branch0_dense", "relu", 128, 1000, e > 10 ? 0.0 : 100.0 / e, e > 10 ? 0.0 : 3.16 / e, 5.0, 0.01, Math.min(1, 0.5 + e * 0.05), null, 0.1),
                    new LayerFigures("branch2_dense", "relu", 128, 1000, 1e-3 * e, 3.16e-5 * e, 5.0, 0.01, 0.4, null, 0.1)),
                    new EmbeddingFigures(24, 128, 1.0, e > 10 ? 0 : 0.1, e > 10 ? 1 : 24),
                    new DistanceFigures(24, 0.1, 0.2, e > 10 ? 1.0 : 0.1), 0.3));
        }
        Diagnostics d = new Diagnostics(epochs, VerdictRules.DEFAULT, List.of(
                new Verdict("no learning", false, "largest relative weight change 0.2"),
                new Verdict("dead units", true, "layer branch0_dense: 100% of 128 ReLU units dead (since epoch 11)"),
                new Verdict("embedding collapse", true, "1 distinct embedding among 24 training images")));
        return new Results(r.schemaVersion(), r.experiment(), r.spec(), r.specSha256(),
                new DatasetSummary("stripes", 160, 160, "f00d", "beef", new SplitSummary(24, 2, 24, 16, 8),
                        new SplitSummary(6, 2, 6, 5, 1)),
                r.environment(), r.history(), r.metrics(), r.modelSha256(), new Timings(12.5, 0.125, 189.0, 8.25), d, r.provenance());
    }

    @Test
    void whySectionListsTriggeredVerdictsFirstWithTheirFigures() throws IOException {
        Path results = Fixtures.write(dir, withDiagnostics(Fixtures.results("d3", 0.83, 0.5, 0.5, 0.17, 0.67)), true);
        Document doc = Jsoup.parse(Files.readString(new ExperimentReport().write(results.getParent(), List.of(
                Expectation.limits("validation.accuracy", 0.8, null), Expectation.limits("train.accuracy", 0.9, null)))));
        List<String> sections = doc.select("h2").eachText();
        assertEquals("Why", sections.get(0), "the answer first: " + sections);
        // validation ROC AUC 0.5 beside training's 0.99: the headline says so first, and names what else is wrong
        Element headline = doc.selectFirst("h1 ~ p.headline");
        assertTrue(headline.hasClass("failure"), headline.toString());
        assertTrue(headline.text().startsWith("Validation at chance: ROC AUC 0.500 on the validation pairs")
                && headline.text().contains("The training pairs reach 0.990")
                && headline.text().endsWith("Triggered: dead units, embedding collapse."), headline.text());
        // judged again from the recorded figures: the generalisation verdict and every diagnostics rule
        List<Element> verdicts = doc.select("ul.verdicts li.verdict");
        assertEquals(9, verdicts.size());
        assertEquals(List.of(true, true, true, false, false, false, false, false, false),
                verdicts.stream().map(v -> v.hasClass("triggered")).toList());
        assertTrue(verdicts.get(0).text().startsWith("generalisation gap: TRIGGERED — validation at chance while"
                + " training learned"), verdicts.get(0).text());
        assertTrue(verdicts.get(1).text().startsWith("dead units: TRIGGERED"), verdicts.get(1).text());
        assertTrue(verdicts.get(1).text().contains("layer branch0_dense: 100% of 128 ReLU units dead (since epoch 9)"),
                "its figures: " + verdicts.get(1).text());
        assertTrue(verdicts.get(2).text().startsWith("embedding collapse: TRIGGERED"), verdicts.get(2).text());
        assertTrue(doc.body().text().contains("3 of 9 verdicts triggered: generalisation gap, dead units, embedding"
                + " collapse."));

        List<Element> rows = doc.select("table.expectations tr.met, table.expectations tr.missed");
        assertEquals(List.of("met", "missed"), rows.stream().map(Element::className).toList());
        assertTrue(rows.get(1).text().contains("train.accuracy is 0.6700, expected >= 0.9000"), rows.get(1).text());
        assertTrue(doc.body().text().contains("1 of 2 expectations met."));

        assertEquals(List.of("Gradient norm per layer", "Dead or saturated units", "Distinct embeddings",
                "Pairs at the distance floor"), doc.select("h2:contains(Diagnostics) + .charts img").eachAttr("alt"));
        assertTrue(doc.body().text().contains("not drawn: branch0_dense in 10 epochs (first 11)"), "zero gradients named");

        Element counts = doc.selectFirst("h2:contains(Data set) ~ table");
        assertEquals(List.of("train", "24", "2", "24", "16", "8"), counts.select("tr").get(1).select("td").eachText());
        assertTrue(doc.selectFirst("h2:contains(Timings) + table").text().contains("training 12.50 s"));
        assertFalse(doc.body().text().contains(dir.toString()), "no absolute build paths");
    }

    @Test
    void withoutDiagnosticsOrSpecTheReportSaysSo() throws IOException {
        Path results = Fixtures.write(dir, Fixtures.results("plain", 0.9, 0.9, 0.1, 0.1, 1.0), false);
        Document doc = Jsoup.parse(Files.readString(new ExperimentReport().write(results.getParent())));
        assertTrue(doc.body().text().contains("No training diagnostics recorded: \"diagnostics\": true in the spec"));
        assertTrue(doc.body().text().contains("Not checked: this report was drawn without the spec."));
        assertEquals(List.of("generalisation gap"), doc.select("ul.verdicts li.verdict b").eachText(),
                "the results are judged without diagnostics too");
        assertTrue(doc.selectFirst("p.headline").hasClass("clear"), doc.selectFirst("p.headline").toString());
    }

    @Test
    void aSeriesHasOneColourInEveryChartOfThePage() throws IOException {
        Path results = Fixtures.write(dir, Fixtures.results("colours", 0.9, 0.9, 0.1, 0.1, 1.0), true);
        Document doc = Jsoup.parse(Files.readString(new ExperimentReport().write(results.getParent())));
        Palette palette = Palette.forReport();
        int train = palette.colour(ExperimentReport.TRAIN).getRGB();
        int validation = palette.colour(ExperimentReport.VALIDATION).getRGB();
        // The fixture's splits share their scores, so in ROC and DET the two curves lie on each other: validation,
        // dashed and drawn last, leaves train showing between its dashes, and both are seen.
        for (String chart : List.of("Loss per epoch", "Accuracy per epoch", "ROC curves", "DET curves")) {
            Map<Integer, Long> pixels = pixels(HtmlReportTest.decode(doc.selectFirst("img[alt=" + chart + "]")));
            assertTrue(pixels.getOrDefault(train, 0L) > 30, chart + " draws train in its colour");
            assertTrue(pixels.getOrDefault(validation, 0L) > 30, chart + " draws validation in its colour");
        }
    }

    @Test
    void compareColoursAnExperimentAlikeLinksReportsRelativelyAndMarksBestOnlyWhenThereIsOne() throws IOException {
        Path a = Fixtures.write(dir.resolve("runs/a"), Fixtures.results("a", 0.98, 0.99, 0.02, 0.03, 1.0), true);
        Path b = Fixtures.write(dir.resolve("runs/b"), Fixtures.results("b", 0.91, 0.95, 0.08, 0.06, 1.0), true);
        new ExperimentReport().write(a.getParent());
        Path out = dir.resolve("target/siamese");
        Document two = Jsoup.parse(Files.readString(new Comparison().run(List.of(a, b), List.of(),
                new Comparison.Options(List.of(), false, 0.0), out).html()));
        assertTrue(two.body().text().contains("* marks the best value"));
        assertEquals(List.of("../../runs/a/target/siamese/report.html", "../../runs/a/target/siamese/results.json",
                "../../runs/b/target/siamese/results.json"), two.select("table.files a").eachAttr("href"));
        assertTrue(two.select("table.files").text().contains("none"), "b has no report.html");
        assertFalse(two.body().text().contains(dir.toString()), "no absolute build paths");
        Palette palette = Palette.of(List.of("a", "b"));
        Map<Integer, Long> loss = pixels(HtmlReportTest.decode(two.selectFirst("img[alt=Validation contrastive loss per epoch]")));
        assertTrue(loss.getOrDefault(palette.colour("a").getRGB(), 0L) > 30, "a in its colour");
        assertTrue(loss.getOrDefault(palette.colour("b").getRGB(), 0L) > 30, "b in its colour");
        Map<Integer, Long> roc = pixels(HtmlReportTest.decode(two.selectFirst("img[alt=Validation ROC curves]")));
        assertTrue(roc.getOrDefault(palette.colour("a").getRGB(), 0L) > 30, "a, under b's equal dashed curve, shows");
        assertTrue(roc.getOrDefault(palette.colour("b").getRGB(), 0L) > 30, "b in its colour");

        Document one = Jsoup.parse(Files.readString(new Comparison().run(List.of(a), List.of(),
                new Comparison.Options(List.of(), false, 0.0), out).html()));
        assertFalse(one.body().text().contains("marks the best"), "one experiment has no best");
        assertFalse(Files.readString(out.resolve(Comparison.MARKDOWN_FILE)).contains("best of the column"));
    }

    @Test
    void aLossSpanningDecadesGetsALogAxisAndTinyValuesReadableTicks() {
        AxisScale spike = AxisScale.of(new double[]{20.4, 3830, 0.27, 0.29, 0.3});
        assertTrue(spike.logarithmic(), "dense-3's spike of 3,800 over a 0.27 plateau");
        assertTrue(AxisScale.of(new double[]{0.25, 1e-3, 6.7e-8}).logarithmic(), "dense-1's fall to 7e-8");
        AxisScale tiny = AxisScale.of(new double[]{6.67e-8, 8.33e-8});
        assertFalse(tiny.logarithmic());
        assertNotEquals(tiny.format(6.6e-8), tiny.format(6.8e-8), "ticks of a 7e-8 loss tell apart");
        assertFalse(tiny.format(6.6e-8).equals("0"), tiny.format(6.6e-8));
        assertEquals(AxisScale.LINEAR, AxisScale.of(new double[]{0, 0.5, 1}), "accuracies stay linear");
        assertEquals(AxisScale.LINEAR, AxisScale.of(new double[]{0.2, 0.25, 1.3}), "less than two decades");
    }

    @Test
    void detAxesReadInErrorRates() {
        assertEquals("50%", ErrorRateAxis.label(0));
        assertEquals("1%", ErrorRateAxis.label(Probit.of(0.01)));
        assertEquals("0.1%", ErrorRateAxis.label(Probit.of(0.001)));
        assertEquals("99.9%", ErrorRateAxis.label(Probit.of(0.999)));
        assertEquals("16%", ErrorRateAxis.label(-1));
        assertEquals(List.of("0.1", "1", "2", "5", "10", "20", "40"), ErrorRateAxis.ticks().stream()
                .map(AxisTicks.Tick::label).limit(7).toList(), "ticks where DET plots are read, not at 0.0032 %");
        assertEquals(Probit.of(0.02), ErrorRateAxis.ticks().get(2).value(), 1e-12);
        assertEquals("84%", ErrorRateAxis.label(1));
        Set<String> labels = new HashSet<>();
        for (double d = -10; d <= 10; d += 0.25) {
            assertTrue(labels.add(ErrorRateAxis.label(d)), "XChart loops forever on equal tick labels: " + d);
        }
    }

    /** How many pixels of each colour. */
    static Map<Integer, Long> pixels(BufferedImage image) {
        Map<Integer, Long> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y), 1L, Long::sum);
            }
        }
        return counts;
    }
}
