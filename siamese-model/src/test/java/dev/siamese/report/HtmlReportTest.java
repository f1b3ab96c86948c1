package dev.siamese.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    @TempDir
    Path dir;

    static BufferedImage decode(Element img) throws IOException {
        String src = img.attr("src");
        assertTrue(src.startsWith("data:image/png;base64,"), "embedded PNG: " + src.substring(0, Math.min(40, src.length())));
        byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "decodable PNG");
        return image;
    }

    /** Not a blank canvas: a chart has many distinct colours. */
    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    static void selfContained(Document doc) {
        assertTrue(doc.select("link, script, iframe").isEmpty(), "nothing loaded from elsewhere, no script");
        for (Element img : doc.select("img")) {
            assertTrue(img.attr("src").startsWith("data:"), img.attr("src"));
        }
    }

    @Test
    void experimentReportHasChartsPairsSpecAndEscapesText() throws IOException {
        Path results = Fixtures.write(dir, Fixtures.results("evil<i>", "<script>alert('x')</script> & more",
                Fixtures.metrics(1.0, 1.0, 0.0, 0.01), Fixtures.metrics(0.8333, 0.97, 0.1, 0.09)), true);
        Path report = new ExperimentReport().write(results.getParent());
        assertEquals(results.resolveSibling("report.html"), report);
        if (Files.getFileStore(report).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)),
                    "readable by all, as other build output");
        }
        Document doc = Jsoup.parse(Files.readString(report));
        selfContained(doc);
        assertEquals("Experiment evil<i>", doc.selectFirst("h1").text());
        assertTrue(doc.select("h1 i").isEmpty(), "the name is text, not markup");
        assertTrue(doc.body().text().contains("<script>alert('x')</script> & more"), "description shown as text");

        assertEquals(List.of("why", "expectations", "metrics", "thresholds", "training-curves", "distances",
                "sample-validation-pairs", "data-set", "timings", "spec-resolved", "environment"), doc.select("h2").eachAttr("id"),
                "every section can be linked to");
        List<Element> charts = doc.select(".charts img");
        assertEquals(List.of("Loss per epoch", "Accuracy per epoch", "ROC curves", "DET curves", "Validation distances",
                        "Training distances"),
                charts.stream().map(e -> e.attr("alt")).toList());
        for (Element chart : charts) {
            assertTrue(chart.attr("src").length() > 5_000, "a real chart, not a stub: " + chart.attr("alt"));
            BufferedImage image = decode(chart);
            assertEquals(Charts.WIDTH, image.getWidth());
            assertTrue(colours(image) > 20, chart.attr("alt") + " is not blank");
        }

        List<Element> pairs = doc.select(".pairs .pair");
        assertEquals(ExperimentReport.SAMPLE_PAIRS, pairs.size());
        assertTrue(pairs.get(0).hasClass("wrong"), "worst-misjudged first");
        assertTrue(pairs.get(pairs.size() - 1).hasClass("right"), "then right ones");
        assertEquals(2, doc.select(".pair.wrong").size(), "the fixture misjudges the impostor at 0.45 and the genuine pair at 0.5");
        Element thumb = pairs.get(0).selectFirst("img");
        BufferedImage image = decode(thumb);
        assertEquals(40, image.getWidth());
        assertTrue(colours(image) >= 2, "stripes");

        String spec = doc.select("pre").text();
        assertTrue(spec.contains("\"description\" : \"<script>alert('x')</script> & more\""), spec);
        assertTrue(doc.body().text().contains("Test CPU <b>, 2 cores"));
    }

    @Test
    void aGeneratedDataSetsSampleSheetIsShown() throws IOException {
        Path results = Fixtures.write(dir, Fixtures.results("sheet", 0.9, 0.9, 0.1, 0.1, 1.0), true);
        java.awt.image.BufferedImage sheet = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        Files.createDirectories(results.resolveSibling("dataset"));
        ImageIO.write(sheet, "png", results.resolveSibling("dataset").resolve("sample-sheet.png").toFile());
        Document doc = Jsoup.parse(Files.readString(new ExperimentReport().write(results.getParent())));
        Element img = doc.selectFirst("img[alt=sample sheet]");
        assertTrue(img != null, "sample sheet embedded");
        assertEquals(40, decode(img).getWidth());
    }

    @Test
    void probitAxesInvertTheNormalDistribution() {
        assertEquals(0, Probit.of(0.5), 1e-9);
        assertEquals(-1.6448536, Probit.of(0.05), 1e-6);
        assertEquals(2.3263479, Probit.of(0.99), 1e-6);
        assertEquals(-3.7190165, Probit.of(1e-4), 1e-6);
        for (double p : new double[] {1e-4, 0.01, 0.3, 0.9}) {
            assertEquals(p, Probit.cdf(Probit.of(p)), 1e-6);
        }
    }

    @Test
    void withoutScoresTheReportSaysWhy() throws IOException {
        Path results = Fixtures.write(dir, Fixtures.results("plain", 0.9, 0.9, 0.1, 0.1, 1.0), false);
        Document doc = Jsoup.parse(Files.readString(new ExperimentReport().write(results.getParent())));
        assertEquals(2, doc.select(".charts img").size(), "curves only");
        assertTrue(doc.body().text().contains("No scores.json beside the results"));
    }

    @Test
    void compareReportOverlaysLossAndRoc() throws IOException {
        Path a = Fixtures.write(dir.resolve("a"), Fixtures.results("a", 0.98, 0.99, 0.02, 0.03, 1.0), true);
        Path b = Fixtures.write(dir.resolve("b"), Fixtures.results("b", 0.91, 0.95, 0.08, 0.06, 1.0), false);
        Path base = Fixtures.write(dir.resolve("base/a"), Fixtures.results("a", 0.99, 0.99, 0.02, 0.03, 1.0), false);
        Comparison.Outcome outcome = new Comparison().run(List.of(a, b), List.of(base),
                new Comparison.Options(List.of(), false, 0.0), dir.resolve("out"));
        Document doc = Jsoup.parse(Files.readString(outcome.html()));
        selfContained(doc);
        List<Element> charts = doc.select(".charts img");
        assertEquals(List.of("Validation contrastive loss per epoch", "Validation ROC curves"), charts.stream().map(e -> e.attr("alt")).toList());
        for (Element chart : charts) {
            assertTrue(colours(decode(chart)) > 20, chart.attr("alt") + " is not blank");
        }
        assertEquals("▼", doc.select("td.worse").first().text(), "accuracy 0.99 → 0.98 marked worse");
        assertEquals(1, outcome.regressions().size());
        assertEquals(Optional.of("1 of 5 values regressed against the baseline beyond tolerance 0: a validation.accuracy"),
                outcome.summary());
        String md = Files.readString(outcome.markdown());
        assertTrue(md.contains("| a | unknown data set | network | contrastive | dense-1 | 0.9800\\* | 0.9900\\* | 0.0200\\*"
                + " | 0.0300\\* | 1.0000  |"), md);
        assertTrue(md.contains("| a | validation.accuracy | 0.9900 | 0.9800 | −0.0100 | ▼ |"), md);
        assertTrue(outcome.console().contains("Against the baseline (▲ better, ▼ worse, = same):"));
    }
}
