package dev.siamese.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.siamese.spec.LayerSpec.PoolKind;
import dev.siamese.spec.OptimizerSpec.OptimizerType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns a merged spec tree into an {@link ExperimentSpec}, checking every field on the way. */
final class SpecParser {
    private static final List<String> DATASET_TYPES =
            List.of(StripesDatasetSpec.TYPE, SyntheticFingerprintsDatasetSpec.TYPE, FolderDatasetSpec.TYPE);
    private static final List<String> LAYER_TYPES =
            List.of("dense", "dropout", "conv2d", "avgpool", "maxpool", "flatten", "batchnorm", "activation",
                    "globalavgpool", "l2norm", "residual");
    /** The layer types a residual block may hold: those that map a feature map to a feature map. */
    private static final List<String> RESIDUAL_LAYER_TYPES =
            List.of("conv2d", "batchnorm", "activation", "dropout", "avgpool", "maxpool");

    private final Path source;
    /** Largest contrastive margin: distances beyond it overflow float losses (1e39 gave NaN in training). */
    static final double MAX_MARGIN = 1e6;
    /** The most test-time views a network may average (preprocess.TestTimeViews.MAX; spec knows no preprocess). */
    static final int TEST_TIME_VIEWS = 7;
    /** Resolutions a scan or a network may have. */
    static final Bounds DPI = Bounds.closed(50, 5000);

    private final Path baseDir;
    /** Where {@code dataset.folder} may lie besides below {@link #baseDir}. */
    private final List<Path> allowedFolders;
    /** The folder of real scans {@value RealData#VARIABLE} stands for, or null when none was given. */
    private final Path realData;

    SpecParser(Path source) {
        this(source, List.of());
    }

    SpecParser(Path source, List<Path> allowedFolders) {
        this(source, allowedFolders, null);
    }

    SpecParser(Path source, List<Path> allowedFolders, Path realData) {
        this.allowedFolders = allowedFolders;
        this.realData = realData;
        this.source = source;
        this.baseDir = source.toAbsolutePath().getParent();
    }

    ExperimentSpec parse(SpecNode root, String resolvedJson) {
        root.allowOnly(SpecFields.ROOT);
        int version = root.integer("schemaVersion", null, 1, Integer.MAX_VALUE);
        String name = root.string("name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw root.errorAt("name", "must start with a letter or digit and hold only letters, digits, '.', '_' and '-', got \"" + name + "\"");
        }
        String description = root.string("description", "");
        long seed = root.longValue("seed", 42L);
        SpecNode datasetNode = root.object("dataset");
        DatasetSpec dataset = dataset(datasetNode);
        SplitSpec split = split(root.objectOrEmpty("split"));
        PairsSpec pairs = pairs(root.objectOrEmpty("pairs"));
        ModelSpec model = model(root.objectOrEmpty("model"), dataset);
        TrainingSpec training = training(root.objectOrEmpty("training"), model.loss());
        EvaluationSpec evaluation = evaluation(root.objectOrEmpty("evaluation"));
        List<Expectation> expectations = expectations(root);
        boolean diagnostics = root.bool("diagnostics", false);
        if (training.freshImpressions()) {
            SpecNode t = root.objectOrEmpty("training");
            if (!(dataset instanceof SyntheticFingerprintsDatasetSpec)) {
                throw t.errorAt("freshImpressions", "draws new impressions from the generator, for dataset.type \""
                        + SyntheticFingerprintsDatasetSpec.TYPE + "\" only; dataset.type is \"" + dataset.type() + "\"");
            }
            if (!model.loss().byIdentity()) {
                throw t.errorAt("freshImpressions", "is for a loss trained by finger; model.loss is \"contrastive\", "
                        + "trained on the pairs of pairs.json");
            }
        }
        if (diagnostics && training.evaluateEvery() > 1) {
            throw root.objectOrEmpty("training").errorAt("evaluateEvery", "must be 1 with diagnostics, whose "
                    + "verdicts read every epoch's validation figures; got " + training.evaluateEvery());
        }
        if (model.loss().byIdentity()) {
            if (diagnostics) {
                throw root.errorAt("diagnostics", "is recorded for the contrastive loss only; model.loss is \""
                        + model.loss().type() + "\"");
            }
            if (training.earlyStopping() != null) {
                throw root.objectOrEmpty("training").errorAt("earlyStopping", "watches the contrastive validation loss; "
                        + "model.loss \"" + model.loss().type() + "\" has none");
            }
        }
        return new ExperimentSpec(version, name, description, seed, dataset, split, pairs, model, training,
                evaluation, expectations, source, resolvedJson, diagnostics, confinement());
    }

    // ---- dataset

    private DatasetSpec dataset(SpecNode node) {
        String type = node.choice("type", null, DATASET_TYPES);
        if (type.equals(StripesDatasetSpec.TYPE)) {
            node.allowOnly(SpecFields.STRIPES);
            int size = node.integer("size", 160, 8, 4096);
            int stripeWidth = node.integer("stripeWidth", 6, 1, 4096);
            if (stripeWidth > size) {
                throw node.errorAt("stripeWidth", "must not exceed size (" + size + "), got " + stripeWidth);
            }
            int scans = node.integer("scansPerFinger", 15, 1, 100_000);
            ScanVariation variation = node.optionalObject("variation").map(v -> {
                v.allowOnly(SpecFields.VARIATION);
                return new ScanVariation(
                        v.integer("maxShift", 0, 0, size / 2),
                        v.number("maxRotationDegrees", 0.0, Bounds.closed(0, 180)),
                        v.number("noise", 0.0, Bounds.closed(0, 1)));
            }).orElse(ScanVariation.NONE);
            return new StripesDatasetSpec(size, stripeWidth, scans, variation);
        }
        if (type.equals(SyntheticFingerprintsDatasetSpec.TYPE)) {
            return synthetic(node);
        }
        node.allowOnly(SpecFields.FOLDER);
        String obtain = node.string("obtain", "");
        List<Path> folders = new ArrayList<>();
        JsonNode folderNode = node.json().get("folder");
        if (folderNode != null && folderNode.isArray()) {
            if (folderNode.isEmpty()) {
                throw node.errorAt("folder", "must name at least one folder");
            }
            for (int i = 0; i < folderNode.size(); i++) {
                JsonNode f = folderNode.get(i);
                if (!f.isTextual()) {
                    throw node.errorAtElement("folder", i, "must be a folder's path, got " + SpecNode.describe(f));
                }
                folders.add(folderPath(node, f.asText(), obtain));
            }
        } else {
            folders.add(folderPath(node, node.string("folder"), obtain));
        }
        if (folders.stream().map(p -> p.getFileName()).distinct().count() < folders.size()) {
            throw node.errorAt("folder", "names two folders of one name; their scans would share names and identities");
        }
        String patternText = node.string("identityPattern", FolderDatasetSpec.DEFAULT_IDENTITY_PATTERN);
        Pattern pattern;
        try {
            pattern = Pattern.compile(patternText);
        } catch (PatternSyntaxException e) {
            throw node.errorAt("identityPattern", "is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
        List<String> extensions = new ArrayList<>();
        List<JsonNode> extNodes = node.array("extensions");
        for (int i = 0; i < extNodes.size(); i++) {
            JsonNode e = extNodes.get(i);
            if (!e.isTextual() || !e.asText().matches("[A-Za-z0-9]+")) {
                throw node.errorAtElement("extensions", i, "must be a file extension without dot such as \"png\", got "
                        + SpecNode.describe(e));
            }
            extensions.add(e.asText().toLowerCase(Locale.ROOT));
        }
        if (node.has("extensions") && extensions.isEmpty()) {
            throw node.errorAt("extensions", "must name at least one extension");
        }
        ImageSize resize = node.optionalObject("resize").map(r -> {
            r.allowOnly(SpecFields.RESIZE);
            return new ImageSize(r.integer("width", null, 8, 4096), r.integer("height", null, 8, 4096));
        }).orElse(null);
        double dpi = node.optionalNumber("dpi", DPI).orElse(Double.NaN);
        if (resize != null && !Double.isNaN(dpi)) {
            throw node.errorAt("resize", "squashes the scans to one size, which loses their resolution; with dpi given "
                    + "the images may have any sizes (model.input rescales them), so give one of resize and dpi");
        }
        return new FolderDatasetSpec(folders, pattern,
                extensions.isEmpty() ? FolderDatasetSpec.DEFAULT_EXTENSIONS : extensions, resize, dpi);
    }

    /**
     * A folder as written, resolved against the spec's folder, or below {@code siamese.realData} when it starts with
     * {@value RealData#VARIABLE}; confined to the spec's folder, the allowed ones or the real data given.
     */
    private Path folderPath(SpecNode node, String written, String obtain) {
        if (written.isBlank()) {
            throw node.errorAt("folder", "must not be empty");
        }
        if (written.startsWith(RealData.VARIABLE)) {
            if (realData == null) {
                throw new MissingDataException(source + ": reads real scans from " + written + ", and no folder of them "
                        + "was given: set -D" + RealData.PROPERTY + "=<folder>" + (obtain.isBlank() ? "" : " (" + obtain + ")"));
            }
            String rest = written.substring(RealData.VARIABLE.length()).replaceFirst("^[/\\\\]+", "");
            Path folder = realData.toAbsolutePath().resolve(rest).normalize();
            if (!Files.isDirectory(folder)) { // a partial copy: the experiments on what is there still run
                throw new MissingDataException(source + ": reads real scans from " + folder + ", which is not a folder "
                        + "below " + RealData.PROPERTY + "=" + realData + (obtain.isBlank() ? "" : " (" + obtain + ")"));
            }
            return folder;
        }
        Path folderPath = baseDir.resolve(written).normalize();
        if (!confined(folderPath)) {
            throw node.errorAt("folder", "must lie inside the spec's folder " + baseDir + " (a spec may not read or "
                    + "publish files from elsewhere); other folders must be allowed explicitly, got " + written);
        }
        return folderPath;
    }

    /** Whether {@code folder} lies below the spec's folder or an allowed one (symbolic links followed). */
    private boolean confined(Path folder) {
        return Confinement.of(baseDir, allowedFolders.stream().map(Path::toAbsolutePath).toList()).contains(folder);
    }

    /** Where the files this spec names may lie: its folder, the allowed folders and the real scans given. */
    private Confinement confinement() {
        List<Path> others = new ArrayList<>(allowedFolders.stream().map(Path::toAbsolutePath).toList());
        if (realData != null) {
            others.add(realData.toAbsolutePath());
        }
        return Confinement.of(baseDir, others);
    }

    private static SyntheticFingerprintsDatasetSpec synthetic(SpecNode node) {
        node.allowOnly(SpecFields.SYNTHETIC);
        int fingers = node.integer("fingers", 100, 2, 100_000);
        int impressions = node.integer("impressionsPerFinger", 8, 1, 1_000);
        int size = node.integer("size", 128, 32, 2048);
        ValueRange period = node.range("ridgePeriod",
                ValueRange.fixed(SyntheticFingerprintsDatasetSpec.defaultRidgePeriod(size)), Bounds.closed(3, size / 4.0));
        SyntheticFingerprintsDatasetSpec.ClassMix mix = node.optionalObject("classMix").map(m -> {
            m.allowOnly(SpecFields.CLASS_MIX);
            SyntheticFingerprintsDatasetSpec.ClassMix d = SyntheticFingerprintsDatasetSpec.ClassMix.NATURAL;
            Bounds share = Bounds.atLeast(0);
            SyntheticFingerprintsDatasetSpec.ClassMix c = new SyntheticFingerprintsDatasetSpec.ClassMix(
                    m.number("arch", d.arch(), share), m.number("tentedArch", d.tentedArch(), share),
                    m.number("leftLoop", d.leftLoop(), share), m.number("rightLoop", d.rightLoop(), share),
                    m.number("whorl", d.whorl(), share));
            if (c.arch() + c.tentedArch() + c.leftLoop() + c.rightLoop() + c.whorl() <= 0) {
                throw m.error("at least one class needs a share above 0");
            }
            return c;
        }).orElse(SyntheticFingerprintsDatasetSpec.ClassMix.NATURAL);
        SyntheticFingerprintsDatasetSpec.ImpressionVariation d =
                SyntheticFingerprintsDatasetSpec.ImpressionVariation.defaults(size);
        SyntheticFingerprintsDatasetSpec.ImpressionVariation variation = node.optionalObject("variation").map(v -> {
            v.allowOnly(SpecFields.IMPRESSION_VARIATION);
            return new SyntheticFingerprintsDatasetSpec.ImpressionVariation(
                    v.number("translation", d.translation(), Bounds.closed(0, size / 2.0)),
                    v.number("rotationDegrees", d.rotationDegrees(), Bounds.closed(0, 180)),
                    v.number("distortion", d.distortion(), Bounds.closed(0, 1)),
                    v.number("pressure", d.pressure(), Bounds.closed(0, 1)),
                    v.number("noise", d.noise(), Bounds.closed(0, 1)),
                    v.integer("scratches", d.scratches(), 0, 100),
                    v.number("partialContact", d.partialContact(), Bounds.closed(0, 1)));
        }).orElse(d);
        SyntheticFingerprintsDatasetSpec.Rendering r = SyntheticFingerprintsDatasetSpec.Rendering.DEFAULT;
        SyntheticFingerprintsDatasetSpec.Rendering rendering = node.optionalObject("rendering").map(v -> {
            v.allowOnly(SpecFields.RENDERING);
            return new SyntheticFingerprintsDatasetSpec.Rendering(
                    v.range("background", r.background(), Bounds.closed(64, 255)),
                    v.range("ridgeSharpness", r.ridgeSharpness(), Bounds.closed(0.2, 20)),
                    v.range("contrast", r.contrast(), Bounds.closed(0.1, 1)),
                    v.range("blur", r.blur(), Bounds.closed(0, 5)),
                    v.range("dryness", r.dryness(), Bounds.closed(0, 1)),
                    v.range("unevenness", r.unevenness(), Bounds.closed(0, 1)),
                    v.range("creases", r.creases(), Bounds.closed(0, 20)));
        }).orElse(r);
        return new SyntheticFingerprintsDatasetSpec(fingers, impressions, size, period, mix, variation, rendering);
    }

    // ---- split and pairs

    private SplitSpec split(SpecNode node) {
        node.allowOnly(SpecFields.SPLIT);
        double fraction = node.number("validationFraction", 0.2, Bounds.openClosedBelow(0, 1));
        String strategy = node.choice("strategy", SplitStrategy.BY_IMAGE.jsonName(), SplitStrategy.jsonNames());
        boolean shuffle = node.bool("shuffle", true);
        if (!node.has("folds")) {
            if (node.has("fold")) {
                throw node.errorAt("fold", "needs folds: the number of folds the fingers are cut into");
            }
            return new SplitSpec(fraction, SplitStrategy.fromJson(strategy), shuffle);
        }
        if (!strategy.equals(SplitStrategy.BY_IDENTITY.jsonName())) {
            throw node.errorAt("folds", "cuts the fingers into folds: it needs \"strategy\": \"by-identity\"");
        }
        if (node.has("validationFraction")) {
            throw node.errorAt("validationFraction", "does not apply with folds: each fold holds 1 / folds of the fingers");
        }
        int folds = node.integer("folds", null, 2, 100);
        int fold = node.integer("fold", 0, 0, folds - 1);
        return new SplitSpec(1.0 / folds, SplitStrategy.BY_IDENTITY, shuffle, folds, fold);
    }

    private PairsSpec pairs(SpecNode node) {
        node.allowOnly(SpecFields.PAIRS);
        PairStrategy strategy = PairStrategy.fromJson(
                node.choice("strategy", PairStrategy.SEED.jsonName(), PairStrategy.jsonNames()));
        PairStrategy validation = PairStrategy.fromJson(
                node.choice("validationStrategy", strategy.jsonName(), PairStrategy.jsonNames()));
        boolean usesSeed = strategy == PairStrategy.SEED || validation == PairStrategy.SEED;
        if (!usesSeed && node.has("minEqualsFraction")) {
            throw node.errorAt("minEqualsFraction", "only applies to strategy \"seed\"");
        }
        return new PairsSpec(strategy,
                node.number("minEqualsFraction", PairsSpec.SEED_MIN_EQUALS_FRACTION, Bounds.closed(0, 1)), validation);
    }

    // ---- model

    private ModelSpec model(SpecNode node, DatasetSpec dataset) {
        JsonNode json = node.json();
        String type = node.choice("type", "siamese", List.of("siamese", "sourceafis", "pretrained", "fusion"));
        double defaultDpi = Double.isNaN(dataset.resolution()) ? FolderDatasetSpec.DEFAULT_DPI : dataset.resolution();
        if (type.equals("pretrained") || type.equals("fusion")) {
            boolean fusion = type.equals("fusion");
            node.allowOnly(fusion ? SpecFields.MODEL_FUSION : SpecFields.MODEL_PRETRAINED);
            String from = node.string("from");
            if (from.isBlank()) {
                throw node.errorAt("from", "must name a model: an output folder, a model.zip or groupId:artifactId:version");
            }
            return new ModelSpec(fusion ? ModelSpec.ModelType.FUSION : ModelSpec.ModelType.PRETRAINED, null, List.of(),
                    1.0, fusion ? node.number("dpi", defaultDpi, DPI) : Double.NaN,
                    ModelSpec.WeightInit.GLOROT_UNIFORM, null, from);
        }
        if (type.equals("sourceafis")) {
            node.allowOnly(SpecFields.MODEL_SOURCEAFIS);
            return new ModelSpec(ModelSpec.ModelType.SOURCEAFIS, null, List.of(), 1.0,
                    node.number("dpi", defaultDpi, DPI), ModelSpec.WeightInit.GLOROT_UNIFORM);
        }
        node.allowOnly(SpecFields.MODEL);
        String preset = null;
        List<LayerSpec> layers;
        JsonNode branch = json.get("branch");
        if (branch == null || branch.isNull()) {
            preset = "dense-1";
            layers = BranchPresets.get(preset).orElseThrow();
        } else if (branch.isTextual()) {
            preset = branch.asText();
            final String p = preset;
            layers = BranchPresets.get(preset).orElseThrow(() -> node.errorAt("branch",
                    "unknown preset \"" + p + "\"" + FieldNames.closest(p, BranchPresets.names())
                            .map(c -> " (did you mean \"" + c + "\"?)").orElse("")
                            + "; allowed: " + String.join(", ", BranchPresets.names()) + ", or an array of layers"));
        } else if (branch.isArray()) {
            layers = new ArrayList<>();
            for (int i = 0; i < branch.size(); i++) {
                layers.add(layer(node.element("branch", i)));
            }
        } else {
            throw node.errorAt("branch", "must be a preset name (" + String.join(", ", BranchPresets.names())
                    + ") or an array of layers, got " + SpecNode.describe(branch));
        }
        InputSpec inputSpec = node.optionalObject("input").map(i -> input(i, dataset)).orElse(null);
        ImageSize input = inputSpec != null ? new ImageSize(inputSpec.width(), inputSpec.height()) : inputSize(dataset);
        if (input != null) {
            BranchShapes.check(node, layers, input.height(), input.width());
        }
        String init = node.has("init") ? node.string("init") : null;
        if (init != null && init.isBlank()) {
            throw node.errorAt("init", "must name a model to start from: an output folder, a model.zip or "
                    + "groupId:artifactId:version");
        }
        double margin = node.number("margin", 1.0, Bounds.aboveAtMost(0, MAX_MARGIN));
        ModelSpec.WeightInit weightInit = ModelSpec.WeightInit.fromJson(
                node.choice("weightInit", "glorot-uniform", ModelSpec.WeightInit.jsonNames()));
        LossSpec loss = node.optionalObject("loss").map(l -> loss(l, margin)).orElse(new LossSpec.Contrastive(margin));
        if (loss.byIdentity() && node.has("margin")) {
            throw node.errorAt("margin", "is the contrastive loss's margin; loss \"" + loss.type()
                    + "\" takes its own in model.loss.margin");
        }
        if (init != null && !loss.byIdentity()) {
            throw node.errorAt("init", "starts the embedding from a trained model and learns a new identity head, for a "
                    + "loss trained by finger (cosface, arcface, triplet); model.loss is \"" + loss.type() + "\"");
        }
        return new ModelSpec(ModelSpec.ModelType.SIAMESE, preset, layers, margin, Double.NaN, weightInit, loss, null,
                inputSpec, init);
    }

    private static InputSpec input(SpecNode node, DatasetSpec dataset) {
        node.allowOnly(SpecFields.INPUT);
        if (dataset instanceof StripesDatasetSpec) {
            throw node.error("rescales scans by their resolution, which stripes do not have; leave model.input out");
        }
        return new InputSpec(node.number("dpi", InputSpec.DEFAULT_DPI, DPI),
                node.integer("width", InputSpec.DEFAULT_SIZE, 8, 4096), node.integer("height", InputSpec.DEFAULT_SIZE, 8, 4096),
                InputSpec.Normalisation.fromJson(node.choice("normalisation", InputSpec.Normalisation.RIDGES.jsonName(),
                        InputSpec.Normalisation.jsonNames())), node.integer("views", 1, 1, TEST_TIME_VIEWS));
    }

    private static LossSpec loss(SpecNode node, double contrastiveMargin) {
        String type = node.choice("type", "contrastive", LossSpec.jsonNames());
        if (type.equals("contrastive")) {
            node.allowOnly(SpecFields.CONTRASTIVE_LOSS);
            return new LossSpec.Contrastive(node.number("margin", contrastiveMargin, Bounds.aboveAtMost(0, MAX_MARGIN)));
        }
        if (type.equals("triplet")) {
            node.allowOnly(SpecFields.TRIPLET_LOSS);
            return new LossSpec.Triplet(node.number("margin", 0.2, Bounds.aboveAtMost(0, 2)),
                    LossSpec.Mining.valueOf(node.choice("mining", LossSpec.Mining.BATCH_HARD.jsonName(),
                            LossSpec.Mining.jsonNames()).toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        node.allowOnly(SpecFields.MARGIN_SOFTMAX_LOSS);
        LossSpec.Kind kind = LossSpec.Kind.valueOf(type.toUpperCase(Locale.ROOT));
        double defaultMargin = kind == LossSpec.Kind.COSFACE ? 0.35 : 0.5;
        return new LossSpec.MarginSoftmax(kind, node.number("scale", 30.0, Bounds.closed(1, 1000)),
                node.number("margin", defaultMargin, Bounds.closed(0, kind == LossSpec.Kind.COSFACE ? 1 : 1.5)),
                node.number("centerLoss", 0.0, Bounds.closed(0, 100)));
    }

    private static ImageSize inputSize(DatasetSpec dataset) {
        if (dataset instanceof StripesDatasetSpec s) {
            return new ImageSize(s.size(), s.size());
        }
        if (dataset instanceof SyntheticFingerprintsDatasetSpec f) {
            return new ImageSize(f.size(), f.size());
        }
        return ((FolderDatasetSpec) dataset).resize();
    }

    private LayerSpec layer(SpecNode node) {
        String type = node.choice("type", null, LAYER_TYPES);
        switch (type) {
            case "dense" -> {
                node.allowOnly(SpecFields.DENSE);
                return new LayerSpec.Dense(node.integer("units", null, 1, 1_000_000), activation(node, "linear"));
            }
            case "dropout" -> {
                node.allowOnly(SpecFields.DROPOUT);
                return new LayerSpec.Dropout(node.number("rate", null, Bounds.openClosedBelow(0, 1)));
            }
            case "conv2d" -> {
                node.allowOnly(SpecFields.CONV2D);
                int filters = node.integer("filters", null, 1, 65_536);
                int[] kernel = pairOfInts(node, "kernel", null);
                int[] stride = pairOfInts(node, "stride", new int[] {1, 1});
                String padding = node.choice("padding", "valid", List.of("valid", "same"));
                return new LayerSpec.Conv2d(filters, kernel[0], kernel[1], stride[0], stride[1],
                        LayerSpec.Padding.valueOf(padding.toUpperCase(Locale.ROOT)), activation(node, "linear"));
            }
            case "avgpool", "maxpool" -> {
                node.allowOnly(SpecFields.POOL);
                int size = node.integer("size", 2, 1, 4096);
                int stride = node.integer("stride", size, 1, 4096);
                return new LayerSpec.Pool(type.equals("avgpool") ? PoolKind.AVG : PoolKind.MAX, size, stride);
            }
            case "flatten" -> {
                node.allowOnly(SpecFields.FLATTEN);
                return new LayerSpec.Flatten();
            }
            case "batchnorm" -> {
                node.allowOnly(SpecFields.BATCHNORM);
                return new LayerSpec.BatchNorm(node.number("momentum", 0.99, Bounds.openClosedBelow(0, 1)),
                        node.number("epsilon", 1e-3, Bounds.above(0)));
            }
            case "globalavgpool" -> {
                node.allowOnly(SpecFields.FLATTEN);
                return new LayerSpec.GlobalAvgPool();
            }
            case "l2norm" -> {
                node.allowOnly(SpecFields.FLATTEN);
                return new LayerSpec.L2Normalize();
            }
            case "residual" -> {
                node.allowOnly(SpecFields.RESIDUAL);
                List<JsonNode> inner = node.array("layers");
                if (inner.isEmpty()) {
                    throw node.errorAt("layers", "must have at least one layer");
                }
                List<LayerSpec> layers = new ArrayList<>();
                for (int i = 0; i < inner.size(); i++) {
                    SpecNode element = node.element("layers", i);
                    element.choice("type", null, RESIDUAL_LAYER_TYPES); // a feature map in, a feature map out
                    layers.add(layer(element));
                }
                return new LayerSpec.Residual(layers, activation(node, "relu"));
            }
            default -> {
                node.allowOnly(SpecFields.ACTIVATION);
                return new LayerSpec.ActivationLayer(activation(node, null));
            }
        }
    }

    private static Activation activation(SpecNode node, String defaultValue) {
        return Activation.fromJson(node.choice("activation", defaultValue, Activation.jsonNames()));
    }

    /** An integer or an array of two integers, each from 1 to 4096. */
    private static int[] pairOfInts(SpecNode node, String field, int[] defaultValue) {
        if (!node.has(field)) {
            if (defaultValue == null) {
                throw node.error("missing required field \"" + field + "\" (an integer or [height, width])");
            }
            return defaultValue;
        }
        JsonNode v = node.json().get(field);
        String allowed = "an integer from 1 to 4096 or an array [height, width] of such integers";
        if (v.isIntegralNumber() && v.asInt() >= 1 && v.asInt() <= 4096) {
            return new int[] {v.asInt(), v.asInt()};
        }
        if (v.isArray() && v.size() == 2 && v.get(0).isIntegralNumber() && v.get(1).isIntegralNumber()
                && v.get(0).asInt() >= 1 && v.get(0).asInt() <= 4096 && v.get(1).asInt() >= 1 && v.get(1).asInt() <= 4096) {
            return new int[] {v.get(0).asInt(), v.get(1).asInt()};
        }
        throw node.errorAt(field, "must be " + allowed + ", got " + (v.isNumber() ? v.asText() : SpecNode.describe(v)));
    }

    // ---- training, evaluation, expectations

    private TrainingSpec training(SpecNode node, LossSpec loss) {
        node.allowOnly(SpecFields.TRAINING);
        OptimizerSpec optimizer = node.optionalObject("optimizer").map(this::optimizer)
                .orElse(OptimizerSpec.defaults(OptimizerType.DEFAULT));
        int epochs = node.integer("epochs", 500, 1, 1_000_000);
        int batchSize = node.integer("batchSize", 32, 1, 1_000_000);
        EarlyStoppingSpec early = node.optionalObject("earlyStopping").map(e -> {
            e.allowOnly(SpecFields.EARLY_STOPPING);
            return new EarlyStoppingSpec(e.integer("patience", null, 1, 1_000_000),
                    e.number("minDelta", 0.0, Bounds.atLeast(0)));
        }).orElse(null);
        double weightDecay = node.number("weightDecay", 0.0, Bounds.closed(0, 1));
        ScheduleSpec schedule = node.optionalObject("learningRateSchedule").map(n -> schedule(n, epochs))
                .orElse(ScheduleSpec.CONSTANT);
        AugmentationSpec augmentation = node.optionalObject("augmentation").map(a -> {
            a.allowOnly(SpecFields.AUGMENTATION);
            return new AugmentationSpec(a.number("rotationDegrees", 0.0, Bounds.closed(0, 180)),
                    a.number("translation", 0.0, Bounds.closed(0, 0.5)),
                    a.number("contrast", 0.0, Bounds.closed(0, 0.9)),
                    a.number("gamma", 0.0, Bounds.closed(0, 2)),
                    a.number("noise", 0.0, Bounds.closed(0, 1)),
                    a.number("elastic", 0.0, Bounds.closed(0, 0.2)),
                    a.number("elasticSpacing", AugmentationSpec.DEFAULT_ELASTIC_SPACING, Bounds.closed(0.05, 1)),
                    a.number("crop", 0.0, Bounds.closed(0, 0.9)),
                    a.number("scale", 0.0, Bounds.closed(0, 1)));
        }).orElse(AugmentationSpec.NONE);
        int evaluateEvery = node.integer("evaluateEvery", 1, 1, 1_000_000);
        int impressions = impressionsPerFinger(node, batchSize, loss);
        return new TrainingSpec(optimizer, epochs, batchSize, early, weightDecay, schedule, augmentation, evaluateEvery,
                impressions, keepBest(node, loss), node.bool("freshImpressions", false),
                node.integer("evaluationSample", 0, 1, 1_000_000_000));
    }

    /** The metric the best epoch is kept by, or null; a loss trained by finger has no validation loss. */
    private static String keepBest(SpecNode node, LossSpec loss) {
        if (!node.has("keepBest")) {
            return null;
        }
        List<String> allowed = MetricNames.SELECTABLE.stream()
                .filter(m -> !loss.byIdentity() || !m.equals("validation.loss")).toList();
        return node.choice("keepBest", null, allowed);
    }

    /** Default impressions per finger for a triplet loss, whose mining needs several of each finger per batch. */
    static final int TRIPLET_IMPRESSIONS_PER_FINGER = 4;

    /**
     * K of P×K batches: only for a loss trained by finger, and always for the triplet loss (default
     * {@value #TRIPLET_IMPRESSIONS_PER_FINGER}); 0 for plain shuffled batches.
     */
    private static int impressionsPerFinger(SpecNode node, int batchSize, LossSpec loss) {
        int impressions = node.integer("impressionsPerFinger", 0, 2, 1_000_000);
        if (impressions > 0 && !loss.byIdentity()) {
            throw node.errorAt("impressionsPerFinger", "groups batches of images by finger, for a loss trained by "
                    + "finger; model.loss is \"" + loss.type() + "\", trained on pairs");
        }
        if (impressions > 0 && batchSize % impressions != 0) {
            throw node.errorAt("impressionsPerFinger", "must divide training.batchSize (" + batchSize + "), got "
                    + impressions);
        }
        if (impressions == 0 && loss instanceof LossSpec.Triplet) {
            if (batchSize % TRIPLET_IMPRESSIONS_PER_FINGER != 0) {
                throw node.errorAt("batchSize", "must be a multiple of training.impressionsPerFinger ("
                        + TRIPLET_IMPRESSIONS_PER_FINGER + " by default) for the triplet loss, got " + batchSize);
            }
            return TRIPLET_IMPRESSIONS_PER_FINGER;
        }
        return impressions;
    }

    private static ScheduleSpec schedule(SpecNode node, int epochs) {
        ScheduleSpec.Type type = ScheduleSpec.Type.valueOf(node.choice("type", null, ScheduleSpec.Type.jsonNames())
                .toUpperCase(Locale.ROOT));
        node.allowOnly(switch (type) {
            case CONSTANT -> SpecFields.CONSTANT_SCHEDULE;
            case COSINE -> SpecFields.COSINE_SCHEDULE;
            case STEP -> SpecFields.STEP_SCHEDULE;
        });
        int warmup = node.integer("warmupEpochs", 0, 0, 1_000_000);
        if (warmup >= epochs) {
            throw node.errorAt("warmupEpochs", "must be below training.epochs (" + epochs + "), got " + warmup);
        }
        return new ScheduleSpec(type, warmup, node.number("minFactor", 0.0, Bounds.closed(0, 1)),
                node.integer("stepEpochs", 1, 1, 1_000_000), node.number("factor", 0.1, Bounds.openClosedBelow(0, 1)));
    }

    private OptimizerSpec optimizer(SpecNode node) {
        String type = node.choice("type", OptimizerType.DEFAULT.jsonName(), List.of("rmsprop", "adam", "sgd"));
        OptimizerType t = OptimizerType.valueOf(type.toUpperCase(Locale.ROOT));
        OptimizerSpec d = OptimizerSpec.defaults(t);
        Bounds unit = Bounds.openClosedBelow(0, 1);
        return switch (t) {
            case RMSPROP -> {
                node.allowOnly(SpecFields.RMSPROP);
                yield new OptimizerSpec(t, node.number("learningRate", d.learningRate(), Bounds.above(0)),
                        node.number("rho", d.rho(), unit), node.number("epsilon", d.epsilon(), Bounds.above(0)),
                        d.beta1(), d.beta2(), d.momentum());
            }
            case ADAM -> {
                node.allowOnly(SpecFields.ADAM);
                yield new OptimizerSpec(t, node.number("learningRate", d.learningRate(), Bounds.above(0)),
                        d.rho(), node.number("epsilon", d.epsilon(), Bounds.above(0)),
                        node.number("beta1", d.beta1(), unit), node.number("beta2", d.beta2(), unit), d.momentum());
            }
            case SGD -> {
                node.allowOnly(SpecFields.SGD);
                yield new OptimizerSpec(t, node.number("learningRate", d.learningRate(), Bounds.above(0)),
                        d.rho(), d.epsilon(), d.beta1(), d.beta2(), node.number("momentum", d.momentum(), unit));
            }
        };
    }

    /**
     * The {@code evaluation} section of a resolved spec as results.json records it (the report's source), parsed as
     * the spec was: its threshold and operating point, the defaults where it gives none.
     */
    static EvaluationSpec evaluationOf(JsonNode resolvedSpec) {
        JsonNode section = resolvedSpec == null ? null : resolvedSpec.get("evaluation");
        return evaluation(new SpecNode(section != null && section.isObject() ? section
                : JsonNodeFactory.instance.objectNode(), "$.evaluation", new SpecOrigins(Path.of("results.json"))));
    }

    private static EvaluationSpec evaluation(SpecNode node) {
        node.allowOnly(SpecFields.EVALUATION);
        return new EvaluationSpec(node.number("threshold", EvaluationSpec.DEFAULT_THRESHOLD, Bounds.above(0)), operatingPoint(node));
    }

    /** {@code "eer"} (default) or {@code {"fmr": target}} with 0 &lt; target &lt; 1. */
    private static OperatingPoint operatingPoint(SpecNode node) {
        if (!node.has("operatingPoint")) {
            return OperatingPoint.EER;
        }
        JsonNode v = node.json().get("operatingPoint");
        if (v.isObject()) {
            SpecNode point = node.optionalObject("operatingPoint").orElseThrow();
            point.allowOnly(SpecFields.OPERATING_POINT);
            return OperatingPoint.atFmr(point.number("fmr", null, new Bounds(0, false, 1, false)));
        }
        node.choice("operatingPoint", null, List.of("eer"));
        return OperatingPoint.EER;
    }

    private List<Expectation> expectations(SpecNode root) {
        List<JsonNode> items = root.array("expectations");
        List<Expectation> out = new ArrayList<>();
        Bounds any = Bounds.closed(-Double.MAX_VALUE, Double.MAX_VALUE);
        for (int i = 0; i < items.size(); i++) {
            SpecNode e = root.element("expectations", i);
            e.allowOnly(SpecFields.EXPECTATION);
            String metric = e.choice("metric", null, MetricNames.ALL);
            Double min = e.optionalNumber("min", any).orElse(null);
            Double max = e.optionalNumber("max", any).orElse(null);
            String baselineText = e.string("baseline", null);
            if (min == null && max == null && baselineText == null) {
                throw e.error("needs \"min\", \"max\" or \"baseline\"");
            }
            if (min != null && max != null && min > max) {
                throw e.error("\"min\" (" + min + ") is above \"max\" (" + max + ")");
            }
            Path baseline = null;
            double tolerance = 0;
            boolean relative = false;
            Expectation.Direction direction = MetricNames.direction(metric).orElse(null);
            if (baselineText != null) {
                if (baselineText.isBlank()) {
                    throw e.errorAt("baseline", "must be the path of a results.json");
                }
                baseline = baseDir.resolve(baselineText).normalize();
                tolerance = e.number("tolerance", 0.0, Bounds.atLeast(0));
                relative = e.choice("toleranceMode", "absolute", List.of("absolute", "relative")).equals("relative");
                if (e.has("direction") || direction == null) {
                    if (!e.has("direction")) {
                        throw e.error("missing required field \"direction\" (higher or lower): " + metric
                                + " has no better side of its own");
                    }
                    direction = Expectation.Direction.valueOf(
                            e.choice("direction", null, List.of("higher", "lower")).toUpperCase(Locale.ROOT));
                }
            } else {
                for (String f : List.of("tolerance", "toleranceMode", "direction")) {
                    if (e.has(f)) {
                        throw e.errorAt(f, "only applies together with \"baseline\"");
                    }
                }
            }
            out.add(new Expectation(metric, min, max, baseline, tolerance, relative,
                    direction == null ? Expectation.Direction.HIGHER : direction, e.string("note", "")));
        }
        return out;
    }
}
