package dev.siamese.train;

import dev.siamese.model.BatchedDistances;
import dev.siamese.history.EpochRecord;
import dev.siamese.ExperimentException;
import dev.siamese.Seeds;
import dev.siamese.data.Split;
import dev.siamese.model.IdentityBatch;
import dev.siamese.model.SiameseGraphFactory;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.preprocess.ScanPreprocessor;
import dev.siamese.spec.EvaluationSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.TrainingSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Training by finger (margin-softmax and triplet losses): every epoch each training image once, in batches
 * of {@code batchSize} images labelled by training finger (P fingers × K impressions where
 * {@code impressionsPerFinger} is set), augmented on the fly. The next batch is prepared
 * (gathered and augmented) on a thread of its own while the network trains on the current one; each
 * batch's augmentation draws from its own stream {@code augment/<epoch>/<batch>}, so the result does not
 * depend on that overlap and reruns are bit-identical.
 *
 * <p>Per-epoch figures (every {@code evaluateEvery} epochs): accuracy at the spec's threshold on the
 * validation pairs and on at most {@value #TRAIN_PAIRS_PER_EPOCH} training pairs, by the network's
 * distance, in inference mode; there is no pair loss, so validation loss is NaN.
 */
final class IdentityTraining {
    static final int TRAIN_PAIRS_PER_EPOCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(IdentityTraining.class);

    private final TrainingListener listener;
    private final CheckpointStore checkpoints;
    private final EpochMetric selection;
    private final EpochImageSource.Source freshSource;
    private final ModelSpec model;
    private final TrainingSpec training;
    private final EvaluationSpec evaluation;
    private final long seed;
    private final PreparedDataset data;
    private final Path initialModel;

    IdentityTraining(TrainingListener listener, CheckpointStore checkpoints, EpochMetric selection,
                     EpochImageSource.Source freshSource, ModelSpec model, TrainingSpec training, EvaluationSpec evaluation,
                     long seed, PreparedDataset data, Path initialModel) {
        this.initialModel = initialModel;
        this.listener = listener;
        this.checkpoints = checkpoints;
        this.selection = selection;
        this.freshSource = freshSource;
        this.model = model;
        this.training = training;
        this.evaluation = evaluation;
        this.seed = seed;
        this.data = data;
    }

    TrainingResult run() {
        IdentityBatches batches = new IdentityBatches(data, SiameseGraphFactory.layoutOf(model.branch()),
                training.augmentation(), model.input() == null ? Augmenter.WHITE : ScanPreprocessor.background(model.input()));
        if (batches.identities() < 2) {
            throw new ExperimentException(data.directory() + ": loss \"" + model.loss().type()
                    + "\" needs at least 2 training fingers, the training split has " + batches.identities());
        }
        if (training.freshImpressions() && freshSource == null) {
            throw new IllegalStateException("training.freshImpressions is set but the trainer was given no source of them");
        }
        EpochImageSource fresh = training.freshImpressions() ? freshSource.of(batches.files()) : null;
        Optional<Checkpoint> resumed = checkpoints.load();
        SiameseNetwork net = resumed.map(Checkpoint::network).orElseGet(() -> initialNetwork(batches));
        if (training.impressionsPerFinger() > 0) {
            LOG.info("training by finger: {} images of {} fingers per epoch, batches of {} fingers x {} impressions",
                    batches.images(), batches.identities(), training.batchSize() / training.impressionsPerFinger(),
                    training.impressionsPerFinger());
        } else {
            LOG.info("training by finger: {} images of {} fingers per epoch, batches of {}", batches.images(),
                    batches.identities(), training.batchSize());
        }
        List<ImagePair> trainPairs = data.pairs().train();
        int trainFigurePairs = training.evaluationSample() > 0
                ? Math.min(TRAIN_PAIRS_PER_EPOCH, training.evaluationSample()) : TRAIN_PAIRS_PER_EPOCH;
        List<ImagePair> trainSample = trainPairs.subList(0, Math.min(trainPairs.size(), trainFigurePairs));
        List<ImagePair> validationPairs = EvaluationSample.of(data.pairs().validation(), training.evaluationSample(),
                seed, "validation");
        LearningRates rates = new LearningRates(training);
        List<EpochRecord> records = new ArrayList<>();
        int first = Resumption.restore(resumed, seed, records);
        BestEpoch best = BestEpoch.of(training.keepBest(), selection, resumed);
        ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "siamese-batches");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int epoch = first; epoch <= training.epochs(); epoch++) {
                rates.beforeEpoch(net, epoch);
                long start = System.nanoTime();
                double loss = runEpoch(net, batches, fresh, epoch, prefetch);
                double seconds = (System.nanoTime() - start) / 1e9;
                Divergence.checkTraining(epoch, loss, net, training.optimizer());
                double trainAccuracy = Double.NaN;
                double validationAccuracy = Double.NaN;
                if (training.evaluatesAfter(epoch)) {
                    trainAccuracy = accuracy(BatchedDistances.of(net, data, trainSample), trainSample);
                    double[] validationDistances = BatchedDistances.of(net, data, validationPairs);
                    validationAccuracy = accuracy(validationDistances, validationPairs);
                    if (best != null) {
                        best.offer(epoch, net, validationDistances, validationPairs);
                    }
                }
                EpochRecord record = new EpochRecord(epoch, loss, Double.NaN, trainAccuracy, validationAccuracy);
                records.add(record);
                listener.onEpoch(new EpochProgress(record, training.epochs(), seconds, batches.images() / seconds,
                        EpochProgress.IMAGES));
                checkpoints.save(Resumption.checkpoint(net, epoch, records, best));
            }
        } finally {
            prefetch.shutdownNow();
        }
        return BestEpoch.result(best, net, records, false);
    }

    /** A new network: random weights, or with {@code model.init} the embedding of that model and a new head. */
    private SiameseNetwork initialNetwork(IdentityBatches batches) {
        SiameseNetwork net = SiameseNetwork.create(model, training, seed, data.manifest().height(),
                data.manifest().width(), batches.identities(), DataType.FLOAT);
        net.recordTrainingImages(data.sha256Of(Split.TRAIN));
        if (initialModel != null) {
            SiameseNetwork start = SiameseNetwork.load(initialModel);
            net.startEmbeddingFrom(start, initialModel.toString());
            net.recordTrainingImages(start.trainedOn());
            LOG.info("Embedding starts from {}; the identity head over {} fingers is new", initialModel,
                    batches.identities());
        }
        return net;
    }

    /** One pass over the training images; the mean batch loss weighted by batch size. */
    private double runEpoch(SiameseNetwork net, IdentityBatches batches, EpochImageSource fresh, int epoch,
                            ExecutorService prefetch) {
        Random shuffle = Seeds.random(seed, "epoch/" + epoch);
        List<Integer> order = training.impressionsPerFinger() > 0
                ? batches.groupedOrder(shuffle, training.impressionsPerFinger()) : batches.order(shuffle);
        int size = training.batchSize();
        int count = (order.size() + size - 1) / size;
        CompletableFuture<IdentityBatch> next = prepare(batches, fresh, order, epoch, 0, prefetch);
        double lossSum = 0;
        for (int b = 0; b < count; b++) {
            try (IdentityBatch batch = next.join()) {
                if (b + 1 < count) {
                    next = prepare(batches, fresh, order, epoch, b + 1, prefetch);
                }
                lossSum += net.fit(batch) * batch.size();
            }
        }
        return lossSum / order.size();
    }

    private CompletableFuture<IdentityBatch> prepare(IdentityBatches batches, EpochImageSource fresh, List<Integer> order,
                                                     int epoch, int b, ExecutorService prefetch) {
        int size = training.batchSize();
        List<Integer> indices = order.subList(b * size, Math.min(order.size(), (b + 1) * size));
        Random random = Seeds.random(seed, "augment/" + epoch + "/" + b);
        return CompletableFuture.supplyAsync(() -> batches.batch(indices, random, fresh, epoch), prefetch);
    }

    /** The share of {@code pairs} judged right at the spec's threshold, by their distances {@code d}. */
    private double accuracy(double[] d, List<ImagePair> pairs) {
        return PairEvaluator.score(d, pairs, model.margin(), evaluation.threshold()).accuracy();
    }
}
