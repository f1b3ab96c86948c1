package dev.siamese.train;

import dev.siamese.model.PairTensors;
import dev.siamese.model.BatchedDistances;
import dev.siamese.history.EpochRecord;
import dev.siamese.ExperimentException;
import dev.siamese.Seeds;
import dev.siamese.data.Split;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.model.NetworkInputs;
import dev.siamese.model.PairBatch;
import dev.siamese.model.SiameseGraphFactory;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.ImagePair;
import dev.siamese.data.synthetic.FreshImpressions;
import dev.siamese.spec.EvaluationSpec;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.InputSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import dev.siamese.spec.TrainingSpec;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Trains a {@link SiameseNetwork} on a prepared data set as the spec says: the training pairs of
 * {@code pairs.json}, reshuffled every epoch with {@code Seeds.random(seed, "epoch/" + n)}, in batches of
 * {@code batchSize}; after every {@code evaluateEvery}-th epoch (and the last) loss and accuracy on training
 * and validation pairs (or {@link EvaluationSample}s of them) in inference mode, NaN after the others;
 * optional early stopping on validation loss, its patience counted in evaluated epochs.
 *
 * <p>Determinism: weights come from {@code Seeds.derive(seed, "model/init")}, dropout masks from ND4J's
 * generator reseeded with {@code Seeds.derive(seed, "dropout")} just before the first step, and nothing
 * else draws from that generator during training (evaluation is inference only). The same spec therefore
 * gives a bit-identical history and model on the same machine.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private final TrainingListener listener;
    private final EpochObserver observer;
    private final CheckpointStore checkpoints;
    private final EpochMetric selection;
    private final Path initialModel;

    public Trainer(TrainingListener listener) {
        this(listener, EpochObserver.NONE);
    }

    /** With an observer told before the first step and after every epoch (diagnostics). */
    public Trainer(TrainingListener listener, EpochObserver observer) {
        this(listener, observer, CheckpointStore.NONE);
    }

    /**
     * Also keeping a checkpoint after every epoch and resuming from the one {@code checkpoints} holds. With
     * an observer (diagnostics), which has per-epoch state of its own, a run is never resumed.
     */
    public Trainer(TrainingListener listener, EpochObserver observer, CheckpointStore checkpoints) {
        this(listener, observer, checkpoints, null);
    }

    /**
     * Also judging every evaluated epoch by {@code selection}, the metric {@code training.keepBest} names,
     * and keeping the best epoch's network (needed when a spec sets {@code keepBest}).
     */
    public Trainer(TrainingListener listener, EpochObserver observer, CheckpointStore checkpoints,
                   EpochMetric selection) {
        this(listener, observer, checkpoints, selection, null);
    }

    /**
     * Also starting the embedding from the model at {@code initialModel} ({@code model.init}; null for random
     * weights): every branch layer's weights and statistics copied, the identity head new.
     */
    public Trainer(TrainingListener listener, EpochObserver observer, CheckpointStore checkpoints,
                   EpochMetric selection, Path initialModel) {
        this.listener = listener;
        this.observer = observer;
        this.checkpoints = checkpoints;
        this.selection = selection;
        this.initialModel = initialModel;
    }

    public Trainer() {
        this(TrainingListener.NONE);
    }

    /** Trains per the experiment's model, training and evaluation sections and its seed. */
    public TrainingResult train(ExperimentSpec spec, PreparedDataset data) {
        EpochImageSource.Source fresh = spec.dataset() instanceof SyntheticFingerprintsDatasetSpec synthetic
                ? files -> seenByNetwork(new FreshImpressions(synthetic, spec.seed(), files)::impression, spec) : null;
        return train(spec.model(), spec.training(), spec.evaluation(), spec.seed(), data, fresh);
    }

    /** Fresh impressions as the network sees them: preprocessed as the data set's images were. */
    private static EpochImageSource seenByNetwork(EpochImageSource raw, ExperimentSpec spec) {
        InputSpec input = spec.model().input();
        double dpi = spec.dataset().resolution();
        return input == null ? raw : (file, epoch) -> NetworkInputs.of(raw.image(file, epoch), input, dpi);
    }

    public TrainingResult train(ModelSpec model, TrainingSpec training, EvaluationSpec evaluation, long seed,
                                PreparedDataset data) {
        return train(model, training, evaluation, seed, data, null);
    }

    private TrainingResult train(ModelSpec model, TrainingSpec training, EvaluationSpec evaluation, long seed,
                                 PreparedDataset data, EpochImageSource.Source fresh) {
        if (model.loss().byIdentity()) {
            return new IdentityTraining(listener, checkpoints, selection, fresh, model, training, evaluation, seed,
                    data, initialModel).run();
        }
        int height = data.manifest().height();
        int width = data.manifest().width();
        Optional<Checkpoint> resumed = observer == EpochObserver.NONE ? checkpoints.load() : Optional.empty();
        SiameseNetwork net = resumed.map(Checkpoint::network).orElseGet(() -> {
            SiameseNetwork created = SiameseNetwork.create(model, training.optimizer(), seed, height, width);
            created.recordTrainingImages(data.sha256Of(Split.TRAIN));
            return created;
        });
        PairTensors tensors = new PairTensors(data, SiameseGraphFactory.layoutOf(model.branch()));
        List<ImagePair> trainPairs = data.pairs().train();
        List<ImagePair> validationPairs = EvaluationSample.of(data.pairs().validation(), training.evaluationSample(),
                seed, "validation");
        List<ImagePair> trainSample = EvaluationSample.of(trainPairs, training.evaluationSample(), seed, "train");
        if (trainPairs.isEmpty()) {
            throw new ExperimentException(data.directory() + ": pairs.json has no training pairs");
        }
        if (validationPairs.isEmpty() && training.earlyStopping() != null) {
            LOG.warn("no validation pairs: early stopping is off");
        }
        EarlyStopping stopping = new EarlyStopping(training.earlyStopping());
        observer.beforeTraining(net, data);
        List<EpochRecord> records = new ArrayList<>();
        int first = Resumption.restore(resumed, seed, records);
        BestEpoch best = BestEpoch.of(training.keepBest(), selection, resumed);
        for (EpochRecord r : records) { // early stopping's state follows from the recorded validation losses
            stopping.shouldStop(r.validationLoss());
        }
        boolean stopped = false;
        LearningRates rates = new LearningRates(training);
        for (int epoch = first; epoch <= training.epochs(); epoch++) {
            rates.beforeEpoch(net, epoch);
            long start = System.nanoTime();
            double trainLoss = runEpoch(net, tensors, trainPairs, training.batchSize(), Seeds.random(seed, "epoch/" + epoch));
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean evaluate = training.evaluatesAfter(epoch);
            PairScore onTrain = evaluate ? PairEvaluator.score(net, tensors, trainSample, model.margin(),
                    evaluation.threshold()) : PairScore.NONE;
            double[] validationDistances = evaluate ? BatchedDistances.of(net, tensors, validationPairs) : null;
            PairScore onValidation = evaluate ? PairEvaluator.score(validationDistances, validationPairs,
                    model.margin(), evaluation.threshold()) : PairScore.NONE;
            EpochRecord record = new EpochRecord(epoch, trainLoss, onValidation.loss(), onTrain.accuracy(),
                    onValidation.accuracy());
            Divergence.check(record, net, training.optimizer());
            records.add(record);
            observer.afterEpoch(net, record);
            if (best != null && evaluate) {
                best.offer(epoch, net, validationDistances, validationPairs);
            }
            listener.onEpoch(new EpochProgress(record, training.epochs(), seconds, trainPairs.size() / seconds));
            checkpoints.save(Resumption.checkpoint(net, epoch, records, best));
            if (stopping.shouldStop(onValidation.loss())) {
                stopped = epoch < training.epochs();
                LOG.info("early stopping after epoch {}: validation loss did not improve for {} epochs", epoch,
                        training.earlyStopping().patience());
                break;
            }
        }
        return BestEpoch.result(best, net, records, stopped);
    }

    /** One pass over the shuffled pairs; the mean batch loss weighted by batch size. */
    private static double runEpoch(SiameseNetwork net, PairTensors tensors, List<ImagePair> pairs, int batchSize,
                                   Random shuffle) {
        List<ImagePair> order = new ArrayList<>(pairs);
        Collections.shuffle(order, shuffle);
        double lossSum = 0;
        for (int from = 0; from < order.size(); from += batchSize) {
            try (PairBatch batch = tensors.batch(order.subList(from, Math.min(order.size(), from + batchSize)))) {
                lossSum += net.fit(batch) * batch.size();
            }
        }
        return lossSum / order.size();
    }
}
