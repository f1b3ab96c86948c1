package dev.siamese.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.siamese.ExperimentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps sweep.schema.json (for editors) and the sweep reader (the truth) in agreement. */
class SweepSchemaAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode schemaJson() throws IOException {
        try (InputStream in = SweepSchemaAgreementTest.class.getResourceAsStream("/dev/siamese/spec/sweep.schema.json")) {
            return MAPPER.readTree(in);
        }
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson());
    }

    @Test
    void everyObjectAllowsTheSameFields() throws IOException {
        JsonNode schema = schemaJson();
        for (Map.Entry<String, List<String>> e : SweepFields.BY_DEFINITION.entrySet()) {
            JsonNode def = e.getKey().equals("root") ? schema : schema.path("$defs").path(e.getKey());
            Set<String> names = new HashSet<>();
            def.path("properties").fieldNames().forEachRemaining(names::add);
            assertEquals(new HashSet<>(e.getValue()), names, "fields of " + e.getKey());
            assertEquals(false, def.path("additionalProperties").asBoolean(true), e.getKey() + " must be closed");
        }
        Set<String> statistics = new HashSet<>();
        schema.path("$defs").path("aggregateExpectation").path("properties").path("aggregate").path("enum")
                .forEach(n -> statistics.add(n.asText()));
        assertEquals(new HashSet<>(AggregateExpectation.Statistic.jsonNames()), statistics);
    }

    @Test
    void everyShippedSweepIsValidForBothSchemaAndReader() throws IOException {
        JsonSchema schema = schema();
        List<Path> sweeps;
        try (Stream<Path> s = Files.walk(Path.of("..", "experiments"), 2)) {
            sweeps = s.filter(p -> p.getFileName().toString().matches("sweep(-ci)?\\.json")).toList();
        }
        assertFalse(sweeps.isEmpty(), "no sweep.json under experiments/");
        for (Path sweep : sweeps) {
            assertTrue(schema.validate(MAPPER.readTree(sweep.toFile())).isEmpty(), sweep.toString());
            new SweepSpecReader().read(sweep);
        }
    }

    @Test
    void sweepsTheReaderRejectsTheSchemaRejectsToo() throws IOException {
        JsonSchema schema = schema();
        Files.writeString(dir.resolve("experiment.json"), "{}");
        List<String> bad = List.of(
                "{\"schemaVersion\": 1}",
                "{\"schemaVersion\": 2, \"seeds\": 1}",
                "{\"schemaVersion\": 1, \"seeds\": 0}",
                "{\"schemaVersion\": 1, \"seeds\": []}",
                "{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"model.branch\": []}}",
                "{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"seed\": [1, 2]}}",
                "{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"model..branch\": [1]}}",
                "{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"model.branch\": \"dense-1\"}}",
                "{\"schemaVersion\": 1, \"seeds\": 1, \"expectations\": [{\"metric\": \"validation.eer\", \"max\": 1}]}",
                "{\"schemaVersion\": 1, \"seeds\": 1, \"expectations\": [{\"metric\": \"validation.eer\", \"aggregate\": \"mean\"}]}",
                "{\"schemaVersion\": 1, \"seeds\": 1, \"expectations\": [{\"metric\": \"validation.eer\", \"aggregate\": \"median\", \"max\": 1}]}");
        for (String json : bad) {
            assertFalse(schema.validate(MAPPER.readTree(json)).isEmpty(), "schema accepts " + json);
            Path file = Files.writeString(dir.resolve("sweep.json"), json);
            assertThrows(ExperimentException.class, () -> new SweepSpecReader().read(file), json);
        }
        String good = "{\"schemaVersion\": 1, \"seeds\": [1, 5], \"grid\": {\"model.branch\": {\"a\": \"dense-1\"},"
                + " \"training.epochs\": [1, 2]}, \"expectations\": [{\"metric\": \"validation.eer\", \"atLeast\": 1, \"max\": 1}]}";
        assertTrue(schema.validate(MAPPER.readTree(good)).isEmpty());
        new SweepSpecReader().read(Files.writeString(dir.resolve("sweep.json"), good));
    }
}
