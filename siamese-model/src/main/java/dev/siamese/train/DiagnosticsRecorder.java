package dev.siamese.train;

import dev.siamese.distance.EmbeddingDistance;
import dev.siamese.data.GrayImage;
import dev.siamese.engine.GraphParts;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.diagnostics.DistanceFigures;
import dev.siamese.diagnostics.EmbeddingFigures;
import dev.siamese.diagnostics.EpochDiagnostics;
import dev.siamese.diagnostics.LayerFigures;
import dev.siamese.diagnostics.VerdictRules;
import dev.siamese.history.EpochRecord;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Records {@link EpochDiagnostics} while a {@link dev.siamese.train.Trainer} trains. Gradients come from a DL4J
 * {@code TrainingListener}'s {@code onGradientCalculation}, called after back-propagation and before the updater
 * turns the gradient into an update; everything else from parameters and from inference-mode feed-forward passes
 * of the training images ({@code feedForward(inputs, false)}). Nothing here draws from ND4J's random generator,
 * so recording leaves the run bit-identical.
 */
public final class DiagnosticsRecorder implements EpochObserver {
    private static final Pattern BRANCH_LAYER = Pattern.compile("branch\\d+_.*");
    private static final int IMAGES_PER_PASS = 64;

    private final VerdictRules rules;
    private final List<EpochDiagnostics> epochs = new ArrayList<>();
    private final Map<String, double[]> gradientSums = new HashMap<>(); // layer -> {sum of norms, steps}
    private ComputationGraph graph;
    private List<String> branchLayers;
    private Map<String, INDArray> epochStart;
    private INDArray images;
    private int[][] pairIndex; // left, right per training pair
    private int[] labels;
    private double inputStd;

    public DiagnosticsRecorder() {
        this(VerdictRules.DEFAULT);
    }

    public DiagnosticsRecorder(VerdictRules rules) {
        this.rules = rules;
    }

    /** The figures recorded so far, one entry per finished epoch. */
    public List<EpochDiagnostics> epochs() {
        return List.copyOf(epochs);
    }

    @Override
    public void beforeTraining(SiameseNetwork network, PreparedDataset data) {
        graph = network.graph();
        branchLayers = new ArrayList<>();
        for (int i : graph.topologicalSortOrder()) {
            GraphVertex v = graph.getVertices()[i];
            if (v.hasLayer() && BRANCH_LAYER.matcher(v.getVertexName()).matches()) {
                branchLayers.add(v.getVertexName());
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<ImagePair> pairs = data.pairs().train();
        pairIndex = new int[pairs.size()][2];
        labels = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            ImagePair pair = pairs.get(p);
            pairIndex[p][0] = index.computeIfAbsent(pair.left(), k -> index.size());
            pairIndex[p][1] = index.computeIfAbsent(pair.right(), k -> index.size());
            labels[p] = pair.label();
        }
        List<GrayImage> list = new ArrayList<>();
        for (String file : index.keySet()) {
            list.add(data.images().get(file).image());
        }
        images = network.input(list);
        FeatureSpread input = new FeatureSpread();
        input.add(images);
        inputStd = input.meanStd();
        epochStart = snapshot();
        graph.addListeners(new BaseTrainingListener() {
            @Override
            public void onGradientCalculation(Model model) {
                recordGradients();
            }
        });
    }

    @Override
    public void afterEpoch(SiameseNetwork network, EpochRecord record) {
        Map<String, LayerActivityAccumulator> activity = new LinkedHashMap<>();
        double[][] embeddings = forward(activity);
        List<LayerFigures> layers = new ArrayList<>();
        for (String name : branchLayers) {
            Layer layer = graph.getLayer(name);
            long params = layer.numParams();
            LayerActivityAccumulator act = activity.get(name);
            String kind = activationName(layer);
            if (params == 0 && !kind.equals("relu") && !kind.equals("tanh") && !kind.equals("sigmoid")) {
                continue;
            }
            Double gradient = null;
            Double gradientRms = null;
            Double weight = null;
            Double ratio = null;
            if (params > 0) {
                double[] g = gradientSums.get(name);
                gradient = g == null || g[1] == 0 ? null : g[0] / g[1];
                gradientRms = gradient == null ? null : gradient / Math.sqrt(params);
                INDArray now = layer.params();
                weight = now.norm2Number().doubleValue();
                INDArray before = epochStart.get(name);
                double beforeNorm = before.norm2Number().doubleValue();
                double change = now.castTo(DataType.DOUBLE).sub(before.castTo(DataType.DOUBLE)).norm2Number().doubleValue();
                ratio = beforeNorm == 0 ? (change == 0 ? 0.0 : Double.POSITIVE_INFINITY) : change / beforeNorm;
            }
            layers.add(new LayerFigures(name, kind, act == null ? 0 : act.units(), params, gradient, gradientRms,
                    weight, ratio, kind.equals("relu") && act != null ? act.deadFraction() : null,
                    (kind.equals("tanh") || kind.equals("sigmoid")) && act != null
                            ? act.saturatedFraction(rules.saturatedShareOfImages()) : null,
                    act == null ? null : act.outputStd()));
        }
        epochs.add(new EpochDiagnostics(record.epoch(), layers, embeddingFigures(embeddings),
                distanceFigures(embeddings), inputStd));
        gradientSums.clear();
        epochStart = snapshot();
    }

    private void recordGradients() {
        for (String name : branchLayers) {
            Layer layer = graph.getLayer(name);
            if (layer.numParams() == 0) {
                continue;
            }
            INDArray g = layer.getGradientsViewArray();
            if (g == null) {
                continue;
            }
            double[] sum = gradientSums.computeIfAbsent(name, k -> new double[2]);
            sum[0] += g.norm2Number().doubleValue();
            sum[1]++;
        }
    }

    private Map<String, INDArray> snapshot() {
        Map<String, INDArray> out = new HashMap<>();
        for (String name : branchLayers) {
            Layer layer = graph.getLayer(name);
            if (layer.numParams() > 0) {
                out.put(name, layer.params().dup());
            }
        }
        return out;
    }

    /** Inference-mode passes over the training images; fills {@code activity}, returns the embeddings. */
    private double[][] forward(Map<String, LayerActivityAccumulator> activity) {
        long n = images.size(0);
        String last = branchLayers.get(branchLayers.size() - 1);
        List<double[]> rows = new ArrayList<>();
        for (long from = 0; from < n; from += IMAGES_PER_PASS) {
            long to = Math.min(n, from + IMAGES_PER_PASS);
            INDArray chunk = images.get(NDArrayIndex.interval(from, to));
            long count = to - from;
            INDArray padded = count % 2 == 0 ? chunk : Nd4j.concat(0, chunk, chunk.get(NDArrayIndex.interval(0, 1)));
            long half = padded.size(0) / 2;
            Map<String, INDArray> acts = graph.feedForward(new INDArray[]{
                    padded.get(NDArrayIndex.interval(0, half)).dup(),
                    padded.get(NDArrayIndex.interval(half, 2 * half)).dup()}, false);
            // the stack vertex puts left then right: row i of a branch activation is image i of the padded chunk
            for (String name : branchLayers) {
                INDArray a = acts.get(name);
                if (a == null) {
                    continue;
                }
                INDArray real = a.get(NDArrayIndex.interval(0, count)).castTo(DataType.DOUBLE);
                activity.computeIfAbsent(name, k -> new LayerActivityAccumulator(rules.saturationLevel()))
                        .add(real, activationName(graph.getLayer(name)));
                if (name.equals(last)) {
                    INDArray flat = real.reshape(count, real.length() / count);
                    for (int i = 0; i < count; i++) {
                        rows.add(flat.getRow(i).toDoubleVector());
                    }
                }
            }
        }
        return rows.toArray(new double[0][]);
    }

    private EmbeddingFigures embeddingFigures(double[][] e) {
        int n = e.length;
        int dims = n == 0 ? 0 : e[0].length;
        double normSum = 0;
        for (double[] row : e) {
            normSum += Math.sqrt(sumSquares(row, null));
        }
        double meanNorm = n == 0 ? 0 : normSum / n;
        double stdSum = 0;
        for (int d = 0; d < dims; d++) {
            double mean = 0;
            for (double[] row : e) {
                mean += row[d];
            }
            mean /= n;
            double var = 0;
            for (double[] row : e) {
                var += (row[d] - mean) * (row[d] - mean);
            }
            stdSum += Math.sqrt(var / n);
        }
        double tolerance = rules.distinctTolerance() * Math.max(1, meanNorm);
        List<double[]> representatives = new ArrayList<>();
        for (double[] row : e) {
            boolean known = false;
            for (double[] r : representatives) {
                if (Math.sqrt(sumSquares(row, r)) <= tolerance) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                representatives.add(row);
            }
        }
        return new EmbeddingFigures(n, dims, meanNorm, dims == 0 ? 0 : stdSum / dims, representatives.size());
    }

    private DistanceFigures distanceFigures(double[][] e) {
        double genuine = 0;
        double impostor = 0;
        int genuineCount = 0;
        int atFloor = 0;
        for (int p = 0; p < labels.length; p++) {
            double d = EmbeddingDistance.euclidean(sumSquares(e[pairIndex[p][0]], e[pairIndex[p][1]]));
            if (d <= rules.floorDistance()) {
                atFloor++;
            }
            if (labels[p] == 1) {
                genuine += d;
                genuineCount++;
            } else {
                impostor += d;
            }
        }
        int impostorCount = labels.length - genuineCount;
        return new DistanceFigures(labels.length, genuineCount == 0 ? null : genuine / genuineCount,
                impostorCount == 0 ? null : impostor / impostorCount,
                labels.length == 0 ? 0 : (double) atFloor / labels.length);
    }

    private static double sumSquares(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = b == null ? a[i] : a[i] - b[i];
            s += d * d;
        }
        return s;
    }

    static String activationName(Layer layer) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        if (GraphParts.reluInside(conf)) {
            return "relu"; // the ReLU that followed it in the spec, applied inside it
        }
        if (conf instanceof DropoutLayer || conf instanceof BatchNormalization) {
            return "none"; // they carry an activation in their configuration but do not apply it
        }
        IActivation fn = conf instanceof BaseLayer b ? b.getActivationFn()
                : conf instanceof ActivationLayer a ? a.getActivationFn() : null;
        if (fn == null) {
            return "none";
        }
        if (fn instanceof ActivationReLU) {
            return "relu";
        }
        if (fn instanceof ActivationTanH) {
            return "tanh";
        }
        if (fn instanceof ActivationSigmoid) {
            return "sigmoid";
        }
        return "other";
    }

    /** Per-unit activity of one layer over the training images, gathered pass by pass. */
    private static final class LayerActivityAccumulator {
        private final double saturationLevel;
        private final FeatureSpread spread = new FeatureSpread();
        private double[] max;
        private double[] saturatedImages;
        private long images;

        LayerActivityAccumulator(double saturationLevel) {
            this.saturationLevel = saturationLevel;
        }

        /** {@code a}: {@code [n, units]} or {@code [n, channels, h, w]}. */
        void add(INDArray a, String kind) {
            INDArray perUnitMax;
            INDArray saturatedShare = null;
            if (a.rank() == 2) {
                perUnitMax = a.max(0);
            } else {
                perUnitMax = a.max(0, 2, 3);
            }
            if (kind.equals("tanh") || kind.equals("sigmoid")) {
                INDArray level = kind.equals("tanh") ? Transforms.abs(a, true) : Transforms.abs(a.mul(2).subi(1), false);
                INDArray sat = level.gt(saturationLevel).castTo(DataType.DOUBLE);
                // per image and unit: the share of positions saturated (1 or 0 for a dense layer)
                saturatedShare = a.rank() == 2 ? sat : sat.mean(2, 3);
            }
            double[] m = perUnitMax.toDoubleVector();
            if (max == null) {
                max = new double[m.length];
                Arrays.fill(max, Double.NEGATIVE_INFINITY);
                saturatedImages = new double[m.length];
            }
            for (int u = 0; u < m.length; u++) {
                max[u] = Math.max(max[u], m[u]);
            }
            if (saturatedShare != null) {
                double[][] s = saturatedShare.toDoubleMatrix();
                for (double[] image : s) {
                    for (int u = 0; u < image.length; u++) {
                        saturatedImages[u] += image[u] >= 0.5 ? 1 : 0; // most of its positions saturated
                    }
                }
            }
            images += a.size(0);
            spread.add(a);
        }

        double outputStd() {
            return spread.meanStd();
        }

        long units() {
            return max == null ? 0 : max.length;
        }

        double deadFraction() {
            int dead = 0;
            for (double m : max) {
                if (!(m > 0)) {
                    dead++;
                }
            }
            return (double) dead / max.length;
        }

        double saturatedFraction(double shareOfImages) {
            int saturated = 0;
            for (double s : saturatedImages) {
                if (s >= shareOfImages * images) {
                    saturated++;
                }
            }
            return (double) saturated / saturatedImages.length;
        }
    }
}
