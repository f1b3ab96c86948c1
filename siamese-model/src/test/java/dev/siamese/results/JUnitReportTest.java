package dev.siamese.results;

import dev.siamese.spec.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JUnitReportTest {
    @TempDir
    Path dir;

    @Test
    void oneTestCasePerExpectationAndAFailureForEachMissed() throws Exception {
        Map<String, Double> values = Map.of("validation.accuracy", 0.83, "train.accuracy", 0.67);
        MetricSource results = name -> Optional.ofNullable(values.get(name));
        List<ExpectationOutcome> outcomes = new ExpectationChecker(p -> results).checkEach(List.of(
                Expectation.limits("validation.accuracy", 0.8, null),
                Expectation.limits("train.accuracy", 0.9, 1.0),
                Expectation.limits("validation.rocAuc", 0.9, null)), results);
        Path file = JUnitReport.write(dir, "a<b", outcomes);
        assertEquals(dir.resolve("TEST-siamese-expectations.xml"), file);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("siamese.a<b", suite.getAttribute("name"), "escaped in the file, read back as is");
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        assertEquals("validation.accuracy min 0.8000", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength(), "met: passes");
        Element missed = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertEquals("train.accuracy is 0.6700, expected >= 0.9000, missed by 0.2300", missed.getAttribute("message"));
        Element undefined = (Element) ((Element) cases.item(2)).getElementsByTagName("failure").item(0);
        assertEquals("validation.rocAuc is undefined, expected >= 0.9000", undefined.getAttribute("message"));
    }
}
