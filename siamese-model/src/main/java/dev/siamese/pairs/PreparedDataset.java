package dev.siamese.pairs;

import dev.siamese.BoundedFiles;
import dev.siamese.data.DatasetManifest;
import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import dev.siamese.data.LabeledImage;
import dev.siamese.data.ManifestEntry;
import dev.siamese.data.Split;

import dev.siamese.OutputFiles;
import dev.siamese.ResultsMapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.siamese.ExperimentException;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A data set folder read back: manifest, pairs and decoded images, by file name. */
public record PreparedDataset(Path directory, DatasetManifest manifest, PairsFile pairs, Map<String, LabeledImage> images) {
    /** Strict: a data set folder is only ever written by this library, so an unknown field means damage. */
    private static final ObjectMapper MAPPER = ResultsMapper.MAPPER.copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads a folder written by {@code DatasetPreparer}; any damage is an error naming the file. */
    public static PreparedDataset read(Path dir) {
        DatasetManifest manifest = readJson(dir.resolve(OutputFiles.MANIFEST), DatasetManifest.class);
        if (manifest.schemaVersion() != DatasetManifest.SCHEMA_VERSION) {
            throw new StaleInputException(Stage.DATASET, dir.resolve(OutputFiles.MANIFEST) + ": unknown schemaVersion "
                    + manifest.schemaVersion());
        }
        PairsFile pairs = readJson(dir.resolve(OutputFiles.PAIRS), PairsFile.class);
        requireConsistent(dir, manifest, pairs);
        Map<String, LabeledImage> images = new LinkedHashMap<>();
        for (ManifestEntry e : manifest.images()) {
            Path file = dir.resolve(e.file());
            if (!Files.isRegularFile(file)) {
                throw new StaleInputException(Stage.DATASET, file + ": listed in the manifest but missing");
            }
            GrayImage img = ImageFiles.readGray(file);
            if (!img.sha256().equals(e.sha256())) {
                throw new StaleInputException(Stage.DATASET, file + ": pixels differ from the manifest's sha256");
            }
            images.put(e.file(), new LabeledImage(e.file(), e.identity(), img));
        }
        return new PreparedDataset(dir, manifest, pairs, images);
    }

    /**
     * The same data set with every image replaced by {@code change} of it (computed in parallel; each result
     * depends on its image alone), all of {@code width × height}: e.g. what a network sees of each scan.
     */
    public PreparedDataset withImages(UnaryOperator<GrayImage> change, int width, int height) {
        List<LabeledImage> source = List.copyOf(images.values());
        List<GrayImage> changed = source.parallelStream().map(i -> change.apply(i.image())).toList();
        Map<String, LabeledImage> out = new LinkedHashMap<>();
        for (int i = 0; i < source.size(); i++) {
            LabeledImage s = source.get(i);
            out.put(s.file(), new LabeledImage(s.file(), s.identity(), changed.get(i)));
        }
        DatasetManifest m = new DatasetManifest(manifest.schemaVersion(), manifest.fingerprint(), manifest.type(),
                width, height, manifest.images());
        return new PreparedDataset(directory, m, pairs, out);
    }

    /** The SHA-256 of the pixels of every image of {@code split}, as the manifest records them. */
    public List<String> sha256Of(Split split) {
        return manifest.images().stream().filter(e -> e.split() == split).map(ManifestEntry::sha256).toList();
    }

    /** The folder read back when it exists, carries {@code fingerprint} and is intact; else null. */
    public static PreparedDataset readIfIntact(Path dir, String fingerprint) {
        Path manifestFile = dir.resolve(OutputFiles.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return null;
        }
        try {
            DatasetManifest m = BoundedFiles.readJson(MAPPER, manifestFile, BoundedFiles.LARGE_JSON, DatasetManifest.class);
            if (m.schemaVersion() != DatasetManifest.SCHEMA_VERSION || !fingerprint.equals(m.fingerprint())) {
                return null;
            }
            return read(dir);
        } catch (IOException | ExperimentException e) {
            return null;
        }
    }

    /**
     * Every image a plain file name inside the folder with all its fields, and every pair between two of them with
     * label 0 or 1: a damaged or hostile manifest must name no file elsewhere and no image that is not there.
     */
    private static void requireConsistent(Path dir, DatasetManifest manifest, PairsFile pairs) {
        Set<String> files = new HashSet<>();
        for (ManifestEntry e : manifest.images()) {
            if (e == null || e.identity() == null || e.sha256() == null || e.split() == null || !plainName(e.file())) {
                throw new StaleInputException(Stage.DATASET, dir.resolve(OutputFiles.MANIFEST) + ": damaged: an image "
                        + "lacks its identity, sha256 or split, or its file is no plain name in the folder ("
                        + (e == null ? null : e.file()) + ")");
            }
            files.add(e.file());
        }
        for (List<ImagePair> split : List.of(pairs.train(), pairs.validation())) {
            for (ImagePair p : split) {
                if (p == null || !files.contains(p.left()) || !files.contains(p.right())
                        || (p.label() != 0 && p.label() != 1)) {
                    throw new StaleInputException(Stage.DATASET, dir.resolve(OutputFiles.PAIRS) + ": damaged: pair "
                            + p + " names an image the manifest lacks, or has a label other than 0 and 1");
                }
            }
        }
    }

    /** A file name without folders: what the data set's images are called. */
    static boolean plainName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }

    private static <T> T readJson(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new StaleInputException(Stage.DATASET, file + ": not found");
        }
        try {
            return BoundedFiles.readJson(MAPPER, file, BoundedFiles.LARGE_JSON, type);
        } catch (IOException e) {
            throw new StaleInputException(Stage.DATASET, file + ": cannot read ("
                    + ExperimentException.reason(e) + ")");
        }
    }
}
