package dev.siamese.sweep;

import dev.siamese.ExperimentException;
import dev.siamese.spec.AggregateExpectation;
import dev.siamese.spec.SpecException;
import dev.siamese.spec.SweepSpec;
import dev.siamese.spec.SweepSpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepPlannerTest {
    @TempDir
    Path dir;

    private SweepPlan plan(String sweep) throws IOException {
        return new SweepPlanner().plan(new SweepSpecReader().read(SweepFixtures.write(dir, sweep)));
    }

    private String error(String sweep) throws IOException {
        Path file = SweepFixtures.write(dir, sweep);
        return assertThrows(ExperimentException.class, () -> new SweepPlanner().plan(new SweepSpecReader().read(file)))
                .getMessage();
    }

    @Test
    void everyVariantUnderEverySeedIsAResolvedSpec() throws IOException {
        SweepPlan plan = plan("""
                {"schemaVersion": 1, "seeds": 2,
                 "grid": {"model.margin": [1.0, 0.5], "training.optimizer.learningRate": {"fast": 0.01, "slow": 0.0001}}}
                """);
        assertEquals("tiny", plan.experiment());
        assertEquals(List.of("1.0_fast-seed-1", "1.0_fast-seed-2", "1.0_slow-seed-1", "1.0_slow-seed-2",
                "0.5_fast-seed-1", "0.5_fast-seed-2", "0.5_slow-seed-1", "0.5_slow-seed-2"),
                plan.points().stream().map(SweepPoint::name).toList());
        SweepPoint p = plan.point("0.5_slow-seed-2");
        assertEquals("0.5_slow", p.variant());
        assertEquals(2, p.seed());
        assertEquals(2, p.spec().seed());
        assertEquals("tiny-0.5_slow-seed-2", p.spec().name());
        assertEquals(0.5, p.spec().model().margin());
        assertEquals(1e-4, p.spec().training().optimizer().learningRate());
        assertEquals(2, p.spec().training().epochs(), "the rest of the experiment is kept");
    }

    @Test
    void seedsAsAListAndNoGridGiveTheDefaultVariant() throws IOException {
        SweepPlan plan = plan("{\"schemaVersion\": 1, \"seeds\": [7, 3]}");
        assertEquals(List.of("default-seed-7", "default-seed-3"), plan.points().stream().map(SweepPoint::name).toList());
        assertEquals(3, plan.point("default-seed-3").spec().seed());
    }

    @Test
    void aggregateExpectationsAreRead() throws IOException {
        SweepSpec spec = new SweepSpecReader().read(SweepFixtures.write(dir, """
                {"schemaVersion": 1, "seeds": 5, "grid": {"model.margin": [1.0, 2.0]},
                 "expectations": [{"metric": "validation.eer", "aggregate": "mean", "max": 0.05},
                                  {"metric": "validation.rocAuc", "atLeast": 4, "min": 0.9, "point": "2.0"}]}
                """));
        assertEquals(AggregateExpectation.Statistic.MEAN, spec.expectations().get(0).statistic());
        assertNull(spec.expectations().get(0).point());
        assertEquals(4, spec.expectations().get(1).atLeast());
        assertEquals("2.0", spec.expectations().get(1).point());
    }

    @Test
    void aValueTheExperimentCannotTakeNamesTheGridEntry() throws IOException {
        String m = error("{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"training.optimizer.learningRate\": [0.001, \"fast\"]}}");
        assertTrue(m.endsWith("sweep.json: $.grid[\"training.optimizer.learningRate\"][1]: value \"fast\": "
                + "must be a number > 0, got a string (\"fast\")"), m);
        assertTrue(!m.contains("\n"));
    }

    @Test
    void anUnknownPathNamesTheGridEntryWithAHint() throws IOException {
        String m = error("{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"model.brnch\": [\"dense-3\"]}}");
        assertTrue(m.contains("sweep.json: $.grid[\"model.brnch\"][0]: value \"dense-3\": unknown field (did you mean \"branch\"?)"), m);
        m = error("{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"modl.branch\": [\"dense-3\"]}}");
        assertTrue(m.contains("$.grid[\"modl.branch\"][0]: value \"dense-3\" at $.modl: unknown field (did you mean \"model\"?)"), m);
    }

    @Test
    void badSweepFilesFailWithOneLine() throws IOException {
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 1, \"grid\": {\"model.branch\": []}}")
                .endsWith("$.grid[\"model.branch\"]: must hold at least one value"));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": []}").contains("$.seeds: must be a count from 1 to 10000"));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 0}").contains("$.seeds: must be a count"));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": [1, 1]}").contains("$.seeds[1]: seed 1 is listed twice"));
        assertTrue(error("{\"schemaVersion\": 1}").contains("$: missing required field \"seeds\""));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 2, \"grid\": {\"seed\": [1, 2]}}")
                .contains("$.grid[\"seed\"]: \"seed\" cannot be swept: list the seeds in \"seeds\""));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 2, \"seedz\": 2}").contains("$.seedz: unknown field (did you mean \"seeds\"?)"));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 2, \"experiment\": \"nope.json\"}").contains("$.experiment: file not found"));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 2, \"expectations\": [{\"metric\": \"validation.eer\", \"max\": 0.1}]}")
                .contains("$.expectations[0]: needs either \"aggregate\""));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 2, \"expectations\": [{\"metric\": \"validation.eer\", \"aggregate\": \"median\", \"max\": 0.1}]}")
                .contains("$.expectations[0].aggregate: \"median\" is not allowed"));
        assertTrue(error("{\"schemaVersion\": 1, \"seeds\": 2, \"expectations\": [{\"metric\": \"validation.eer\", \"atLeast\": 3, \"max\": 0.1}]}")
                .contains("$.expectations[0].atLeast: must be an integer from 1 to 2, got 3"));
        String point = error("{\"schemaVersion\": 1, \"seeds\": 2, \"grid\": {\"model.margin\": [1, 2]}, \"expectations\": "
                + "[{\"metric\": \"validation.eer\", \"aggregate\": \"mean\", \"max\": 0.1, \"point\": \"3\"}]}");
        assertTrue(point.contains("$.expectations[0].point: \"3\" is not allowed"), point);
        assertThrows(SpecException.class, () -> new SweepSpecReader().read(SweepFixtures.write(dir, "{\"schemaVersion\": 2, \"seeds\": 1}")));
    }
}
