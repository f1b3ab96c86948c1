package dev.siamese.data;

import dev.siamese.OutputFiles;
import dev.siamese.experiment.DatasetPreparer;
import dev.siamese.experiment.PreparationReport;
import dev.siamese.pairs.PreparedDataset;

import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetPreparerTest {
    @TempDir
    Path dir;

    private ExperimentSpec spec(String dataset) throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"t\", \"dataset\": " + dataset + "}");
        return new ExperimentSpecReader().read(file);
    }

    @Test
    void writesThenFindsUpToDateThenRegeneratesWhenTheSpecChanges() throws IOException {
        Path out = dir.resolve("target/siamese/dataset");
        PreparationReport first = new DatasetPreparer().prepare(spec("{\"type\": \"stripes\", \"size\": 24, \"stripeWidth\": 3}"), out);
        assertFalse(first.upToDate());
        assertEquals(30, first.images());
        assertEquals(24, first.train().images());
        assertEquals(6, first.validation().images());
        assertEquals(24, first.train().pairs());
        long mtime = Files.getLastModifiedTime(out.resolve("manifest.json")).toMillis();

        PreparationReport second = new DatasetPreparer().prepare(spec("{\"type\": \"stripes\", \"size\": 24, \"stripeWidth\": 3}"), out);
        assertTrue(second.upToDate());
        assertEquals(first.train(), second.train());
        assertEquals(mtime, Files.getLastModifiedTime(out.resolve("manifest.json")).toMillis());

        PreparationReport third = new DatasetPreparer().prepare(spec("{\"type\": \"stripes\", \"size\": 24, \"stripeWidth\": 4}"), out);
        assertFalse(third.upToDate());
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertEquals(1, s.count(), "no temporary folder left beside the data set");
        }
    }

    @Test
    void syntheticFingerprintsAreWrittenAsPngWithASampleSheet() throws IOException {
        Path out = dir.resolve("synthetic");
        PreparationReport report = new DatasetPreparer().prepare(spec("{\"type\": \"synthetic-fingerprints\", "
                + "\"fingers\": 3, \"impressionsPerFinger\": 2, \"size\": 48}"), out);
        assertEquals(6, report.images());
        assertEquals(3, report.identities());
        GrayImage first = ImageFiles.readGray(out.resolve("1_1.png"));
        assertEquals(48, first.width());
        assertTrue(Files.isRegularFile(out.resolve("3_2.png")));
        GrayImage sheet = ImageFiles.readGray(out.resolve(OutputFiles.SAMPLE_SHEET));
        assertEquals(SampleSheet.GUTTER + 2 * (48 + SampleSheet.GUTTER), sheet.width());
        assertEquals(SampleSheet.GUTTER + 3 * (48 + SampleSheet.GUTTER), sheet.height());
        assertTrue(new DatasetPreparer().prepare(spec("{\"type\": \"synthetic-fingerprints\", "
                + "\"fingers\": 3, \"impressionsPerFinger\": 2, \"size\": 48}"), out).upToDate());
    }

    @Test
    void aTamperedImageIsRegenerated() throws IOException {
        Path out = dir.resolve("dataset");
        ExperimentSpec spec = spec("{\"type\": \"stripes\", \"size\": 16, \"stripeWidth\": 2, \"scansPerFinger\": 3}");
        new DatasetPreparer().prepare(spec, out);
        byte[] original = Files.readAllBytes(out.resolve("A_00.bmp"));
        Files.write(out.resolve("A_00.bmp"), BmpWriter.encode(GrayImage.filled(16, 16, 7)));
        assertFalse(new DatasetPreparer().prepare(spec, out).upToDate());
        assertEquals(original.length, Files.readAllBytes(out.resolve("A_00.bmp")).length);
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(out.resolve("A_00.bmp"))));
    }

    @Test
    void readBackGivesTheSameImagesAndPairs() throws IOException {
        Path out = dir.resolve("dataset");
        new DatasetPreparer().prepare(spec("{\"type\": \"stripes\", \"size\": 16, \"stripeWidth\": 2, \"scansPerFinger\": 5,"
                + " \"variation\": {\"noise\": 0.1}}"), out);
        PreparedDataset read = PreparedDataset.read(out);
        assertEquals(10, read.images().size());
        assertEquals(8, read.manifest().images().stream().filter(e -> e.split() == Split.TRAIN).count());
        read.pairs().train().forEach(p -> {
            assertEquals(Split.TRAIN, split(read, p.left()));
            assertEquals(Split.TRAIN, split(read, p.right()));
        });
    }

    private static Split split(PreparedDataset d, String file) {
        return d.manifest().images().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow().split();
    }
}
