package dev.siamese.experiment;

import dev.siamese.data.BmpWriter;
import dev.siamese.data.DatasetManifest;
import dev.siamese.data.DatasetSplitter;
import dev.siamese.data.FolderDatasetLoader;
import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import dev.siamese.data.LabeledImage;
import dev.siamese.data.ManifestEntry;
import dev.siamese.data.SampleSheet;
import dev.siamese.data.Split;
import dev.siamese.data.StripesGenerator;

import dev.siamese.OutputFiles;
import dev.siamese.ResultsMapper;
import dev.siamese.TempFiles;

import dev.siamese.pairs.PairsFile;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.pairs.SplitSummary;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.spec.FolderDatasetSpec;
import dev.siamese.data.synthetic.SyntheticFingerprintGenerator;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PairPlanner;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.StripesDatasetSpec;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a data set folder for a spec: the images, {@code manifest.json} and {@code pairs.json}.
 * Does nothing when the folder's manifest already matches the spec and its images are intact. The
 * folder is built beside its final place and moved there whole, so a crash never leaves a
 * half-written data set behind.
 */
public final class DatasetPreparer {
    /** Rows (fingers) and columns (impressions) of the sample sheet, at most. */
    static final int SHEET_FINGERS = 6;
    static final int SHEET_IMPRESSIONS = 6;
    private final ObjectMapper mapper = ResultsMapper.MAPPER;

    /** Whether {@code dir} holds this spec's data set, intact (what {@link #prepare} would reuse). */
    public boolean upToDate(ExperimentSpec spec, Path dir) {
        return PreparedDataset.readIfIntact(dir, InputDigests.dataset(spec)) != null;
    }

    public PreparationReport prepare(ExperimentSpec spec, Path dir) {
        String fingerprint = InputDigests.dataset(spec);
        PreparedDataset existing = PreparedDataset.readIfIntact(dir, fingerprint);
        if (existing != null) {
            return report(true, dir, existing.manifest(), existing.pairs(), spec);
        }
        List<LabeledImage> images = load(spec);
        List<Split> splits = DatasetSplitter.assign(images, spec.split(), spec.seed());
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            LabeledImage img = images.get(i);
            entries.add(new ManifestEntry(img.file(), img.identity(), img.image().sha256(), splits.get(i)));
        }
        GrayImage first = images.get(0).image();
        boolean oneSize = images.stream().allMatch(i -> i.image().width() == first.width()
                && i.image().height() == first.height());
        DatasetManifest manifest = new DatasetManifest(DatasetManifest.SCHEMA_VERSION, fingerprint,
                spec.dataset().type(), oneSize ? first.width() : 0, oneSize ? first.height() : 0, entries);
        PairsFile pairs = new PairsFile(PairsFile.SCHEMA_VERSION, pairsOf(images, splits, Split.TRAIN, spec),
                pairsOf(images, splits, Split.VALIDATION, spec));
        GrayImage sheet = spec.dataset() instanceof StripesDatasetSpec ? null : sheet(images);
        write(dir, images, manifest, pairs, spec.dataset() instanceof StripesDatasetSpec, sheet);
        return report(false, dir, manifest, pairs, spec);
    }

    /** The contact sheet of a data set's first fingers and impressions, for a person to look at. */
    public static GrayImage sheet(Collection<LabeledImage> images) {
        return SampleSheet.render(List.copyOf(images), SHEET_FINGERS, SHEET_IMPRESSIONS);
    }

    private static List<LabeledImage> load(ExperimentSpec spec) {
        if (spec.dataset() instanceof StripesDatasetSpec stripes) {
            return StripesGenerator.generate(stripes, spec.seed());
        }
        if (spec.dataset() instanceof SyntheticFingerprintsDatasetSpec synthetic) {
            return SyntheticFingerprintGenerator.generate(synthetic, spec.seed());
        }
        return FolderDatasetLoader.load((FolderDatasetSpec) spec.dataset(), spec.confinement());
    }

    private static List<ImagePair> pairsOf(List<LabeledImage> images, List<Split> splits, Split split,
                                           ExperimentSpec spec) {
        List<LabeledImage> inSplit = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            if (splits.get(i) == split) {
                inSplit.add(images.get(i));
            }
        }
        return PairPlanner.plan(inSplit, spec.pairs(), spec.split().shuffle(), spec.seed(), split);
    }

    private void write(Path dir, List<LabeledImage> images, DatasetManifest manifest, PairsFile pairs, boolean bmp,
                       GrayImage sheet) {
        Path parent = dir.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = TempFiles.createFolderBeside(dir);
            for (LabeledImage img : images) {
                Files.write(tmp.resolve(img.file()), bmp ? BmpWriter.encode(img.image()) : ImageFiles.encodePng(img.image()));
            }
            if (sheet != null) {
                Files.write(tmp.resolve(OutputFiles.SAMPLE_SHEET), ImageFiles.encodePng(sheet));
            }
            Files.write(tmp.resolve(OutputFiles.PAIRS), mapper.writeValueAsBytes(pairs));
            Files.write(tmp.resolve(OutputFiles.MANIFEST), mapper.writeValueAsBytes(manifest));
            TempFiles.deleteRecursively(dir);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data set to " + dir, e);
        } finally {
            if (tmp != null) {
                TempFiles.deleteRecursively(tmp);
            }
        }
    }

    private static PreparationReport report(boolean upToDate, Path dir, DatasetManifest manifest, PairsFile pairs,
                                            ExperimentSpec spec) {
        Set<String> identities = new HashSet<>();
        manifest.images().forEach(e -> identities.add(e.identity()));
        List<String> warnings = new ArrayList<>();
        SplitSummary train = summarize(manifest, pairs, Split.TRAIN, spec, warnings);
        SplitSummary validation = summarize(manifest, pairs, Split.VALIDATION, spec, warnings);
        return new PreparationReport(upToDate, dir, manifest.type(), manifest.width(), manifest.height(),
                manifest.images().size(), identities.size(), train, validation, warnings, manifest.fingerprint());
    }

    private static SplitSummary summarize(DatasetManifest manifest, PairsFile pairs, Split split, ExperimentSpec spec,
                                          List<String> warnings) {
        SplitSummary summary = SplitSummary.of(manifest, pairs, split);
        String splitText = split.jsonName() + " split (" + spec.split().strategy().jsonName()
                + (spec.split().shuffle() ? "" : ", unshuffled") + ")";
        if (summary.images() == 0) {
            warnings.add(splitText + " is empty: " + manifest.images().size() + " images × validationFraction "
                    + spec.split().validationFraction() + " rounds down to none on that side");
        } else if (summary.identities() == 1) {
            String only = manifest.images().stream().filter(e -> e.split() == split).findFirst().orElseThrow().identity();
            warnings.add(splitText + " holds a single identity (" + only + "): " + summary.images()
                    + " images of one finger cannot show whether fingers are told apart");
        }
        if (summary.pairs() > 0 && (summary.genuine() == 0 || summary.impostor() == 0)) {
            warnings.add(split.jsonName() + " pairs are all "
                    + (summary.genuine() == 0 ? "impostors (label 0)" : "genuine (label 1)")
                    + ": " + summary.pairs() + " pairs of a single label");
        }
        return summary;
    }
}
