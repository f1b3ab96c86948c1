package dev.siamese.match;

import dev.siamese.distance.MatchRule;
import dev.siamese.ExperimentException;
import dev.siamese.Sha256;
import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import dev.siamese.data.Resampling;
import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.model.NetworkInputs;
import dev.siamese.model.NetworkMetadata;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.FolderDatasetSpec;
import dev.siamese.spec.InputSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A trained Siamese model put to use: templates of images, the distance of two, and a decision at the
 * operating threshold evaluation chose ({@code matcher.json}). Images are fed as the model was trained: a model
 * with an input specification ({@code model.input}) takes scans of any size, rescaled from their resolution
 * ({@link #withScanDpi}, {@value FolderDatasetSpec#DEFAULT_DPI} dpi unless given) and preprocessed as in training;
 * an older one takes 8-bit gray at its input size, another size refused or resized per the {@link ResizePolicy}.
 * Safe to share between threads (network calls are serialised; everything else is immutable).
 */
public final class FingerprintMatcher {
    private static final int BATCH = 256;

    private final SiameseNetwork network;
    private final NetworkMetadata metadata;
    private final Path modelFile;
    private final String modelSha256;
    private final Double threshold;
    private final String thresholdSource;
    private final ResizePolicy resize;
    private final double scanDpi;

    private FingerprintMatcher(SiameseNetwork network, Path modelFile, String modelSha256, Double threshold,
                               String thresholdSource, ResizePolicy resize, double scanDpi) {
        this.network = network;
        this.scanDpi = scanDpi;
        this.metadata = network.metadata();
        this.modelFile = modelFile;
        this.modelSha256 = modelSha256;
        this.threshold = threshold;
        this.thresholdSource = thresholdSource;
        this.resize = resize;
    }

    /** Loads from an output folder, a model zip (with its {@code matcher.json} beside it) or an attached artifact. */
    public static FingerprintMatcher load(Path path) {
        return load(path, ResizePolicy.REJECT);
    }

    public static FingerprintMatcher load(Path path, ResizePolicy resize) {
        ModelLocation location = ModelLocation.of(path);
        // the hash of a large model takes as long as loading it: on a second core while the network loads
        CompletableFuture<String> hashing = CompletableFuture.supplyAsync(() -> Sha256.of(location.model()));
        Optional<MatcherSettings> settings = location.settings().map(MatcherSettings::read);
        SiameseNetwork network = SiameseNetwork.load(location.model());
        String sha = hashOf(hashing);
        Double threshold = null;
        String source = null;
        if (settings.isPresent()) {
            Path file = location.settings().get();
            if (!settings.get().modelSha256().equals(sha)) {
                throw new ExperimentException(file + ": belongs to model " + settings.get().modelSha256()
                        + ", not to " + location.model() + " (" + sha + "); evaluate the model again");
            }
            threshold = settings.get().threshold();
            source = settings.get().operatingPoint() + " from " + file.getFileName();
        }
        return new FingerprintMatcher(network, location.model(), sha, threshold, source, resize,
                FolderDatasetSpec.DEFAULT_DPI);
    }

    private static String hashOf(CompletableFuture<String> hashing) {
        try {
            return hashing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** This matcher deciding at another threshold. */
    public FingerprintMatcher withThreshold(double newThreshold) {
        if (!(newThreshold > 0) || Double.isInfinite(newThreshold)) {
            throw new ExperimentException("threshold must be a number above 0, got " + newThreshold);
        }
        return new FingerprintMatcher(network, modelFile, modelSha256, newThreshold, "given", resize, scanDpi);
    }

    /** This matcher reading scans taken at {@code dpi} (for a model with an input specification). */
    public FingerprintMatcher withScanDpi(double dpi) {
        if (!(dpi >= 50 && dpi <= 5000)) {
            throw new ExperimentException("the scans' resolution must be 50 to 5000 dpi, got " + dpi);
        }
        return new FingerprintMatcher(network, modelFile, modelSha256, threshold, thresholdSource, resize, dpi);
    }

    /** How this model prepares a scan, or null when it takes images as they are. */
    public InputSpec input() {
        return metadata.input();
    }

    /** The resolution scans are taken to have. */
    public double scanDpi() {
        return scanDpi;
    }

    public int width() {
        return metadata.width();
    }

    public int height() {
        return metadata.height();
    }

    public EmbeddingDistance distanceKind() {
        return metadata.distance();
    }

    /** SHA-256 of the model file: what galleries and results record. */
    public String modelSha256() {
        return modelSha256;
    }

    public Path modelFile() {
        return modelFile;
    }

    /**
     * How many distinct images (by their pixels' SHA-256) the model records it was trained on
     * ({@code training-images.txt}); 0 when it records none.
     */
    public int trainingImageCount() {
        return network.trainedOn().size();
    }

    /** The operating threshold, when the model came with one or one was given. */
    public OptionalDouble threshold() {
        return threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold);
    }

    /** Where the threshold came from: {@code eer from matcher.json}, {@code given}; null without one. */
    public String thresholdSource() {
        return thresholdSource;
    }

    /**
     * One line: the model file, its input, distance and operating threshold, e.g. {@code Model out/model.zip
     * (128×128, euclidean distance, threshold 0.731 (eer from matcher.json))}.
     */
    public String describe() {
        return "Model " + modelFile + " (" + height() + "×" + width() + ", "
                + (input() == null ? "" : String.format(Locale.ROOT, "scans at %s dpi seen at %s dpi, ", scanDpi,
                input().dpi()))
                + distanceKind().jsonName() + " distance"
                + (threshold == null ? ", no operating threshold"
                : String.format(Locale.ROOT, ", threshold %.6g (%s)", threshold, thresholdSource)) + ")";
    }

    /** The template of one scan read from a file (errors name the file). */
    public Template embed(Path imageFile) {
        return embed(ImageFiles.readGray(imageFile), imageFile.toString());
    }

    public Template embed(GrayImage image) {
        return embed(image, "image");
    }

    private Template embed(GrayImage image, String name) {
        return embedAll(List.of(image), List.of(name)).get(0);
    }

    /** Templates of many images, in batches; {@code names} (same order) name an image in errors. */
    public List<Template> embedAll(List<GrayImage> images, List<String> names) {
        List<GrayImage> fitted = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            fitted.add(fit(images.get(i), names.get(i)));
        }
        List<Template> out = new ArrayList<>(images.size());
        for (int from = 0; from < fitted.size(); from += BATCH) {
            List<GrayImage> batch = fitted.subList(from, Math.min(fitted.size(), from + BATCH));
            INDArray e;
            synchronized (network) { // a DL4J graph is not safe for concurrent output()
                e = network.embeddings(batch).castTo(DataType.FLOAT);
            }
            for (int r = 0; r < batch.size(); r++) {
                out.add(new Template(e.getRow(r).toFloatVector()));
            }
        }
        return out;
    }

    private GrayImage fit(GrayImage image, String name) {
        if (metadata.input() != null) {
            return NetworkInputs.of(image, metadata.input(), scanDpi);
        }
        if (image.width() == metadata.width() && image.height() == metadata.height()) {
            return image;
        }
        if (resize == ResizePolicy.BILINEAR) {
            return Resampling.resize(image, metadata.width(), metadata.height());
        }
        throw new ExperimentException(String.format(Locale.ROOT,
                "%s: image is %d×%d pixels; the model takes %d×%d (resize the scans or choose resize policy bilinear)",
                name, image.width(), image.height(), metadata.width(), metadata.height()));
    }

    /** The distance of two templates by the model's rule ({@link EmbeddingDistance}). */
    public double distance(Template a, Template b) {
        return metadata.distance().between(a.raw(), b.raw());
    }

    public double distance(GrayImage a, GrayImage b) {
        List<Template> t = templates(a, b);
        return distance(t.get(0), t.get(1));
    }

    private List<Template> templates(GrayImage left, GrayImage right) {
        return embedAll(List.of(left, right), List.of("left image", "right image"));
    }

    /** Whether two images are of one finger: distance below the operating threshold. */
    public boolean matches(GrayImage a, GrayImage b) {
        return verify(a, b).matches();
    }

    public boolean matches(Template a, Template b) {
        return verify(a, b).matches();
    }

    public Verification verify(GrayImage a, GrayImage b) {
        List<Template> both = templates(a, b);
        return verify(both.get(0), both.get(1));
    }

    public Verification verify(Path left, Path right) {
        List<Template> both = embedAll(List.of(ImageFiles.readGray(left), ImageFiles.readGray(right)),
                List.of(left.toString(), right.toString()));
        return verify(both.get(0), both.get(1));
    }

    /** The decision on two templates at the operating threshold, by the {@link MatchRule}. */
    public Verification verify(Template a, Template b) {
        double t = requiredThreshold();
        double d = distance(a, b);
        return new Verification(d, t, MatchRule.matches(d, t));
    }

    private double requiredThreshold() {
        if (threshold == null) {
            throw new ExperimentException(modelFile + ": no matcher.json beside the model, so no operating "
                    + "threshold; evaluate the experiment that trained it, or give a threshold");
        }
        return threshold;
    }
}
