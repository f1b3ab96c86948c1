package dev.siamese.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields each object of a spec may hold, by the name of its definition in
 * {@code experiment.schema.json}. The parser rejects anything else; a test keeps this table and the
 * JSON Schema in agreement.
 */
public final class SpecFields {
    public static final Map<String, List<String>> BY_DEFINITION;

    static final List<String> ROOT = List.of("$schema", "schemaVersion", "extends", "name", "description", "seed",
            "dataset", "split", "pairs", "model", "training", "evaluation", "expectations", "diagnostics");
    static final List<String> STRIPES = List.of("type", "size", "stripeWidth", "scansPerFinger", "variation");
    static final List<String> VARIATION = List.of("maxShift", "maxRotationDegrees", "noise");
    static final List<String> SYNTHETIC = List.of("type", "fingers", "impressionsPerFinger", "size", "ridgePeriod",
            "classMix", "variation", "rendering");
    static final List<String> RENDERING = List.of("background", "ridgeSharpness", "contrast", "blur", "dryness",
            "unevenness", "creases");
    static final List<String> CLASS_MIX = List.of("arch", "tentedArch", "leftLoop", "rightLoop", "whorl");
    static final List<String> IMPRESSION_VARIATION = List.of("translation", "rotationDegrees", "distortion", "pressure",
            "noise", "scratches", "partialContact");
    static final List<String> FOLDER = List.of("type", "folder", "identityPattern", "extensions", "resize", "dpi",
            "obtain");
    static final List<String> RESIZE = List.of("width", "height");
    static final List<String> SPLIT = List.of("validationFraction", "strategy", "shuffle", "folds", "fold");
    static final List<String> PAIRS = List.of("strategy", "minEqualsFraction", "validationStrategy");
    static final List<String> MODEL = List.of("type", "branch", "margin", "weightInit", "loss", "input", "init");
    static final List<String> INPUT = List.of("dpi", "width", "height", "normalisation", "views");
    static final List<String> CONTRASTIVE_LOSS = List.of("type", "margin");
    static final List<String> MARGIN_SOFTMAX_LOSS = List.of("type", "scale", "margin", "centerLoss");
    static final List<String> TRIPLET_LOSS = List.of("type", "margin", "mining");
    static final List<String> MODEL_SOURCEAFIS = List.of("type", "dpi");
    static final List<String> MODEL_PRETRAINED = List.of("type", "from");
    static final List<String> MODEL_FUSION = List.of("type", "from", "dpi");
    static final List<String> DENSE = List.of("type", "units", "activation");
    static final List<String> DROPOUT = List.of("type", "rate");
    static final List<String> CONV2D = List.of("type", "filters", "kernel", "stride", "padding", "activation");
    static final List<String> POOL = List.of("type", "size", "stride");
    static final List<String> FLATTEN = List.of("type");
    static final List<String> BATCHNORM = List.of("type", "momentum", "epsilon");
    static final List<String> ACTIVATION = List.of("type", "activation");
    static final List<String> RESIDUAL = List.of("type", "layers", "activation");
    static final List<String> TRAINING = List.of("optimizer", "epochs", "batchSize", "earlyStopping", "weightDecay",
            "learningRateSchedule", "augmentation", "evaluateEvery", "impressionsPerFinger", "keepBest",
            "freshImpressions", "evaluationSample");
    static final List<String> AUGMENTATION = List.of("rotationDegrees", "translation", "contrast", "gamma", "noise",
            "elastic", "elasticSpacing", "crop", "scale");
    static final List<String> CONSTANT_SCHEDULE = List.of("type", "warmupEpochs");
    static final List<String> COSINE_SCHEDULE = List.of("type", "warmupEpochs", "minFactor");
    static final List<String> STEP_SCHEDULE = List.of("type", "warmupEpochs", "stepEpochs", "factor");
    static final List<String> RMSPROP = List.of("type", "learningRate", "rho", "epsilon");
    static final List<String> ADAM = List.of("type", "learningRate", "beta1", "beta2", "epsilon");
    static final List<String> SGD = List.of("type", "learningRate", "momentum");
    static final List<String> EARLY_STOPPING = List.of("patience", "minDelta");
    static final List<String> EVALUATION = List.of("threshold", "operatingPoint");
    static final List<String> OPERATING_POINT = List.of("fmr");
    static final List<String> EXPECTATION = List.of("metric", "min", "max", "baseline", "tolerance", "toleranceMode",
            "direction", "note");

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("root", ROOT);
        m.put("stripesDataset", STRIPES);
        m.put("variation", VARIATION);
        m.put("folderDataset", FOLDER);
        m.put("syntheticFingerprintsDataset", SYNTHETIC);
        m.put("classMix", CLASS_MIX);
        m.put("impressionVariation", IMPRESSION_VARIATION);
        m.put("rendering", RENDERING);
        m.put("imageSize", RESIZE);
        m.put("split", SPLIT);
        m.put("pairs", PAIRS);
        m.put("model", MODEL);
        m.put("input", INPUT);
        m.put("contrastiveLoss", CONTRASTIVE_LOSS);
        m.put("marginSoftmaxLoss", MARGIN_SOFTMAX_LOSS);
        m.put("tripletLoss", TRIPLET_LOSS);
        m.put("sourceafisModel", MODEL_SOURCEAFIS);
        m.put("pretrainedModel", MODEL_PRETRAINED);
        m.put("fusionModel", MODEL_FUSION);
        m.put("denseLayer", DENSE);
        m.put("dropoutLayer", DROPOUT);
        m.put("conv2dLayer", CONV2D);
        m.put("poolLayer", POOL);
        m.put("flattenLayer", FLATTEN);
        m.put("batchnormLayer", BATCHNORM);
        m.put("activationLayer", ACTIVATION);
        m.put("residualLayer", RESIDUAL);
        m.put("training", TRAINING);
        m.put("augmentation", AUGMENTATION);
        m.put("constantSchedule", CONSTANT_SCHEDULE);
        m.put("cosineSchedule", COSINE_SCHEDULE);
        m.put("stepSchedule", STEP_SCHEDULE);
        m.put("rmsprop", RMSPROP);
        m.put("adam", ADAM);
        m.put("sgd", SGD);
        m.put("earlyStopping", EARLY_STOPPING);
        m.put("evaluation", EVALUATION);
        m.put("operatingPoint", OPERATING_POINT);
        m.put("expectation", EXPECTATION);
        BY_DEFINITION = java.util.Collections.unmodifiableMap(m);
    }

    private SpecFields() {
    }
}
