package dev.siamese.results;

import dev.siamese.AtomicWrite;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The expectations' outcomes as a JUnit XML report (the Surefire format that Jenkins, GitLab and GitHub
 * test reporters read): one test suite per experiment, one test case per expectation, a failure for each
 * one missed, so a CI dashboard lists missed expectations as failed tests.
 */
public final class JUnitReport {
    /** The report's file name: {@code TEST-*.xml}, as the reporters' default patterns expect. */
    public static final String FILE = "TEST-siamese-expectations.xml";

    private JUnitReport() {
    }

    /** The report's XML for one experiment's outcomes. */
    public static String xml(String experiment, List<ExpectationOutcome> outcomes) {
        long failures = outcomes.stream().filter(o -> !o.met()).count();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "siamese." + experiment);
            xml.writeAttribute("tests", Integer.toString(outcomes.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            xml.writeCharacters("\n");
            for (ExpectationOutcome o : outcomes) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "siamese." + experiment);
                xml.writeAttribute("name", o.expectation().metric() + " " + o.limits());
                xml.writeAttribute("time", "0");
                if (!o.met()) {
                    String message = String.join("; ", o.report().violations().stream().map(Violation::describe).toList());
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", message);
                    xml.writeAttribute("type", "ExpectationMissed");
                    xml.writeCharacters(message);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
        return text.toString();
    }

    /** Writes the report into {@code folder} (whole or not at all); returns its path. */
    public static Path write(Path folder, String experiment, List<ExpectationOutcome> outcomes) {
        Path file = folder.resolve(FILE);
        String text = xml(experiment, outcomes);
        try {
            AtomicWrite.write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
