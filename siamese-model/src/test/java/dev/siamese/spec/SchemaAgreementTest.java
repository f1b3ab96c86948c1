package dev.siamese.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps experiment.schema.json (for editors) and the parser (the truth) in agreement. */
class SchemaAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode schemaJson() throws IOException {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream("/dev/siamese/spec/experiment.schema.json")) {
            return MAPPER.readTree(in);
        }
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson());
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> out = new HashSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyObjectAllowsTheSameFieldsInSchemaAndParser() throws IOException {
        JsonNode schema = schemaJson();
        for (Map.Entry<String, List<String>> e : SpecFields.BY_DEFINITION.entrySet()) {
            JsonNode def = e.getKey().equals("root") ? schema : schema.path("$defs").path(e.getKey());
            assertFalse(def.isMissingNode(), "schema lacks $defs/" + e.getKey());
            assertEquals(new HashSet<>(e.getValue()), names(def.path("properties")), "fields of " + e.getKey());
            assertEquals(false, def.path("additionalProperties").asBoolean(true), e.getKey() + " must be closed");
        }
    }

    @Test
    void enumerationsAgree() throws IOException {
        JsonNode schema = schemaJson();
        List<String> activations = new ArrayList<>();
        schema.path("$defs").path("activation").path("enum").forEach(n -> activations.add(n.asText()));
        assertEquals(new HashSet<>(Activation.jsonNames()), new HashSet<>(activations));
        List<String> presets = new ArrayList<>();
        schema.path("$defs").path("model").path("properties").path("branch").path("oneOf").get(0).path("enum")
                .forEach(n -> presets.add(n.asText()));
        assertEquals(BranchPresets.names(), presets);
        Pattern metric = Pattern.compile(schema.path("$defs").path("expectation").path("properties").path("metric")
                .path("pattern").asText());
        MetricNames.ALL.forEach(m -> assertTrue(metric.matcher(m).matches(), m));
        assertFalse(metric.matcher("validation.nonsense").matches());
    }

    /** Every spec, with a stand-in for the real scans' folder holding the subfolders the real-data specs name. */
    @Test
    void everyShippedExperimentIsValidForBothSchemaAndParser(@TempDir Path realData) throws IOException {
        JsonSchema schema = schema();
        for (String set : List.of("fcj2020", "fvc2000-db1-b", "fvc2000-db2-b", "fvc2000-db3-b")) {
            Files.createDirectories(realData.resolve(set));
        }
        Path experiments = Path.of("..", "experiments");
        List<Path> specs;
        try (Stream<Path> s = Files.walk(experiments, 3)) {
            specs = s.filter(p -> p.getFileName().toString().matches("(experiment|pretraining)(-ci)?\\.json")
                    || p.getParent().getFileName().toString().equals("ablations")).toList();
        }
        assertFalse(specs.isEmpty(), "no experiments found under " + experiments.toAbsolutePath());
        for (Path spec : specs) {
            Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(spec.toFile()));
            assertTrue(errors.isEmpty(), spec + ": " + errors);
            ExperimentSpec parsed = new ExperimentSpecReader(List.of(), realData).read(spec);
            Set<ValidationMessage> merged = schema.validate(MAPPER.readTree(parsed.resolved()));
            assertTrue(merged.isEmpty(), spec + " once merged: " + merged);
        }
    }

    @Test
    void specsTheParserRejectsTheSchemaRejectsToo() throws IOException {
        JsonSchema schema = schema();
        List<String> bad = List.of(
                "{\"schemaVersion\": 2, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}}",
                "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\", \"colour\": 1}}",
                "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, \"training\": {\"epochs\": 0}}",
                "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"folder\"}}",
                "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, \"model\": {\"branch\": [{\"type\": \"dense\"}]}}",
                "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, \"training\": {\"optimizer\": {\"type\": \"sgd\", \"rho\": 0.5}}}",
                "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, \"pairs\": {\"strategy\": \"balanced\", \"minEqualsFraction\": 0.5}}",
                "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, \"expectations\": [{\"metric\": \"validation.accuracy\"}]}");
        for (String json : bad) {
            assertFalse(schema.validate(MAPPER.readTree(json)).isEmpty(), "schema accepts " + json);
            Path file = dir.resolve("bad.json");
            Files.writeString(file, json);
            assertThrows(SpecException.class, () -> new ExperimentSpecReader().read(file), json);
        }
        String good = "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": {\"type\": \"stripes\"}, "
                + "\"training\": {\"optimizer\": {\"type\": \"sgd\", \"momentum\": 0.9}}, "
                + "\"model\": {\"branch\": [{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 4}]}}";
        assertTrue(schema.validate(MAPPER.readTree(good)).isEmpty());
    }
}
