package dev.siamese.spec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reference pages name every field the readers take: each field of {@link SpecFields} appears in a code span of
 * the site's spec page, each of {@link SweepFields} in one of the sweeps page. A field added to the parser without
 * a word on the page fails here.
 */
class SpecDocumentedTest {
    private static final Path PAGES = Path.of("..", "src", "site", "markdown");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern WORD = Pattern.compile("[$A-Za-z0-9]+");

    @Test
    void theSpecPageNamesEveryFieldOfExperimentJson() throws IOException {
        assertEquals(List.of(), undocumented(SpecFields.BY_DEFINITION, PAGES.resolve("spec.md")),
                "fields of experiment.json that src/site/markdown/spec.md does not name (definition.field)");
    }

    @Test
    void theSweepsPageNamesEveryFieldOfSweepJson() throws IOException {
        assertEquals(List.of(), undocumented(SweepFields.BY_DEFINITION, PAGES.resolve("sweeps.md")),
                "fields of sweep.json that src/site/markdown/sweeps.md does not name (definition.field)");
    }

    @Test
    void aFieldMissingFromThePageIsFound() throws IOException {
        assertEquals(List.of("root.notDocumentedAnywhere"),
                undocumented(Map.of("root", List.of("seed", "notDocumentedAnywhere")), PAGES.resolve("spec.md")));
    }

    private static List<String> undocumented(Map<String, List<String>> fields, Path page) throws IOException {
        Set<String> named = wordsInCodeSpans(Files.readString(page));
        return fields.entrySet().stream()
                .flatMap(d -> d.getValue().stream().filter(f -> !named.contains(f)).map(f -> d.getKey() + "." + f))
                .toList();
    }

    private static Set<String> wordsInCodeSpans(String markdown) {
        Set<String> words = new HashSet<>();
        Matcher span = CODE_SPAN.matcher(markdown);
        while (span.find()) {
            WORD.matcher(span.group(1)).results().forEach(w -> words.add(w.group()));
        }
        return words;
    }
}
