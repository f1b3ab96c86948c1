package dev.siamese.report;

import dev.siamese.results.Results;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** compare.html groups results by data set, ranks only within one, and names each loss it draws. */
class CompareByDatasetTest {
    @TempDir
    Path dir;

    @Test
    void groupsRanksWithinADataSetAndDrawsOneLossChartPerLoss() throws IOException {
        List<Path> files = new ArrayList<>();
        for (ExperimentResults e : ComparisonTableTest.mixed()) {
            Results r = e.results();
            files.add(Fixtures.write(dir.resolve(r.experiment()), r, true));
        }
        Comparison.Outcome outcome = new Comparison().run(files, List.of(), new Comparison.Options(List.of(), false, 0.0),
                dir.resolve("out"));
        Document doc = Jsoup.parse(Files.readString(outcome.html()));
        List<Element> groups = doc.select("table tbody.group");
        assertEquals(2, groups.size(), "one group of rows per data set");
        assertEquals("data set synthetic-fingerprints 96×96 · aaaa1111", groups.get(0).selectFirst("tr.group th").text());
        assertEquals(List.of("stripes-dense-1", "stripes-dense-3"), groups.get(0).select("tr:not(.group) td:first-child")
                .eachText());
        assertEquals(List.of("experiment", "data set", "model", "loss", "branch", "learningRate"),
                doc.select("table").first().select("tr").first().select("th").eachText().subList(0, 6));
        assertTrue(doc.body().text().contains("marks the best value of a column among the results on the same data set"));
        assertTrue(doc.body().text().contains("Results on different data sets are grouped and not ranked"));

        assertEquals(List.of("Data set synthetic-fingerprints 96×96 · aaaa1111",
                "Data set synthetic-fingerprints 96×96 · bbbb2222"), doc.select("h3").eachText());
        assertEquals(List.of("Validation contrastive loss per epoch", "Validation cosface loss per epoch",
                        "Validation ROC curves", "Validation contrastive loss per epoch", "Validation ROC curves"),
                doc.select(".charts img").eachAttr("alt"), "a loss chart per loss: their values share no scale");
        assertFalse(doc.select(".charts img").eachAttr("alt").contains("Validation loss per epoch"));
        assertTrue(outcome.console().contains("[data set synthetic-fingerprints 96×96 · bbbb2222]"), outcome.console().toString());
    }
}
