package dev.siamese.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.siamese.results.Results;
import dev.siamese.spec.Expectation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report that never reads as healthy for a model at chance, and tells one story about its thresholds. */
class HonestReportTest {
    @TempDir
    Path dir;

    /** synthetic-conv at CI size: training pairs told apart (ROC AUC 0.971), validation pairs at chance (0.526). */
    private Path chanceLevel() throws IOException {
        return Fixtures.write(dir, Fixtures.results("synthetic-conv", "CI size", Fixtures.metrics(0.8125, 0.9711, 0.0729, 0.13),
                Fixtures.metrics(0.6471, 0.5259, 0.5583, 0.22)), true);
    }

    private Document report(Path results, List<Expectation> expectations) throws IOException {
        return Jsoup.parse(Files.readString(new ExperimentReport().write(results.getParent(), expectations)));
    }

    @Test
    void aModelAtChanceHeadlinesItsFailureAndAMetCeilingDocumentsIt() throws IOException {
        Document doc = report(chanceLevel(), List.of(Expectation.limits("validation.rocAuc", null, 0.7)));
        Element headline = doc.selectFirst("h1 ~ p.headline");
        assertTrue(headline.hasClass("failure"), headline.toString());
        assertTrue(headline.text().startsWith("Validation at chance: ROC AUC 0.526"), headline.text());
        assertFalse(doc.body().text().contains("No verdict"), "nothing reads as healthy");
        Element verdict = doc.selectFirst("li.verdict");
        assertTrue(verdict.hasClass("triggered") && verdict.text().startsWith("generalisation gap: TRIGGERED"),
                verdict.text());

        Element row = doc.selectFirst("table.expectations tr.documented");
        assertTrue(row != null, "the ceiling on a higher-is-better metric is a documented failure: " + doc.select("table.expectations"));
        assertEquals("⚠ met: the failure it documents is still there", row.selectFirst("td.documented").text());
        assertTrue(doc.select("table.expectations td.better").isEmpty(), "no green tick for it");
        assertTrue(doc.body().text().contains("1 of 1 expectation met. It documents a known failure"), doc.body().text());
    }

    @Test
    void theOperatingThresholdIsShownBesideTheSpecsAndJudgesTheSamplePairs() throws IOException {
        Path results = chanceLevel();
        Document doc = report(results, List.of());
        List<Element> rows = doc.select("h2:contains(Thresholds) ~ table").first().select("tr:has(td)");
        assertEquals(List.of("operating threshold", "evaluation.threshold"), rows.stream()
                .map(r -> r.selectFirst("td").text()).toList());
        // the fixture's validation pairs: genuine at 0.1 … 0.5, impostors at 1.2 … 0.45; at 0.5 one of each is wrong
        double operating = Double.parseDouble(rows.get(0).select("td").get(1).text());
        assertTrue(operating > 0.45 && operating < 0.5, "the EER point lies between the overlapping pairs: " + operating);
        assertTrue(rows.get(0).text().contains("no matcher.json"), "nothing beside the results says otherwise");
        assertEquals("0.5", rows.get(1).select("td").get(1).text());
        assertEquals("0.8333", rows.get(1).select("td").get(5).text(), "validation accuracy at 0.5, as results.json's");
        long wrongAtOperating = Fixtures.scores().validation().stream()
                .filter(p -> (p.distance() < operating) != (p.label() == 1)).count();
        assertTrue(doc.body().text().contains(wrongAtOperating + " of 12 validation pairs misjudged at the operating"
                + " threshold " + rows.get(0).select("td").get(1).text()), doc.select(".muted").text());
        assertTrue(doc.selectFirst("h2:contains(Thresholds) + p").text().startsWith("Two thresholds: the model is used at"
                + " the operating threshold"));

        Files.writeString(results.resolveSibling("matcher.json"), "{}");
        Results withFmrPoint = Fixtures.results("synthetic-conv", "CI size", Fixtures.metrics(0.8125, 0.9711, 0.0729, 0.13),
                Fixtures.metrics(0.6471, 0.5259, 0.5583, 0.22));
        ((ObjectNode) withFmrPoint.spec()).putObject("evaluation").putObject("operatingPoint").put("fmr", 0.001);
        Fixtures.write(dir, withFmrPoint, true);
        Element operatingRow = report(results, List.of()).select("h2:contains(Thresholds) ~ table").first()
                .select("tr:has(td)").get(0);
        assertTrue(operatingRow.text().contains("operatingPoint fmr=0.001") && operatingRow.text().contains(
                "in matcher.json: siamese:match decides here"), operatingRow.text());
        assertEquals("0.0000", operatingRow.select("td").get(3).text(), "no impostor matches at FMR 1/1000");
    }

    @Test
    void keyValueTablesHaveNoEmptyHeaderRow() throws IOException {
        Document doc = report(Fixtures.write(dir, ReportExplainsTest.withDiagnostics(Fixtures.results("timed", 0.9, 0.9,
                0.1, 0.1, 1.0)), true), List.of());
        for (String section : List.of("Timings", "Environment")) {
            Element table = doc.selectFirst("h2:contains(" + section + ") + table");
            assertTrue(table.select("th").isEmpty(), section + ": " + table);
            assertFalse(table.select("td").isEmpty(), section + " has its rows");
        }
        for (Element th : doc.select("th")) {
            assertFalse(th.text().isBlank(), "no blank column title anywhere: " + th.parent());
        }
        Document untimed = report(chanceLevel(), List.of());
        assertEquals("Not recorded.", untimed.selectFirst("h2:contains(Timings) + p.muted").text());
    }
}
