package dev.siamese.train;

import dev.siamese.ExperimentException;
import dev.siamese.history.EpochRecord;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.spec.Activation;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.LayerSpec;
import dev.siamese.spec.ModelSpec;
import dev.siamese.spec.OptimizerSpec;
import dev.siamese.spec.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivergenceTest {
    private static final ModelSpec LINEAR = new ModelSpec(null, List.of(new LayerSpec.Flatten(),
            new LayerSpec.Dense(16, Activation.LINEAR), new LayerSpec.Dense(16, Activation.LINEAR)), 1.0);

    private static TrainingSpec sgd(double learningRate, int epochs) {
        OptimizerSpec d = OptimizerSpec.defaults(OptimizerSpec.OptimizerType.SGD);
        return new TrainingSpec(new OptimizerSpec(d.type(), learningRate, d.rho(), d.epsilon(), d.beta1(), d.beta2(),
                d.momentum()), epochs, 32, null);
    }

    @Test
    void aDivergingRunStopsAtTheFirstNonFiniteEpochWithOneLine(@TempDir Path dir) {
        // SGD at 0.1 on a linear branch grows for a few epochs before the loss overflows
        ExperimentSpec spec = TestDatasets.spec(TestDatasets.variedStripes(16, 12), LINEAR, sgd(0.1, 20), 42);
        PreparedDataset data = TestDatasets.prepare(spec, dir);
        List<EpochProgress> finished = new ArrayList<>();

        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new Trainer(finished::add).train(spec, data));

        int diverged = finished.size() + 1;
        assertTrue(diverged > 1 && diverged < 20, "diverges after finite epochs, not at once: " + finished);
        finished.forEach(p -> assertTrue(Double.isFinite(p.record().trainLoss())
                && Double.isFinite(p.record().validationLoss()), p.toString()));
        assertEquals("training diverged in epoch " + diverged + ": validation loss is NaN (training.optimizer: sgd,"
                + " learningRate 0.1); lower the learning rate", e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void nonFiniteWeightsAreCaughtEvenWhenTheLossIsFinite() {
        SiameseNetwork net = SiameseNetwork.create(LINEAR, sgd(0.01, 1).optimizer(), 42, 8, 8);
        OptimizerSpec optimizer = sgd(0.01, 1).optimizer();
        Divergence.check(new EpochRecord(1, 0.5, 0.5, 0.5, 0.5), net, optimizer); // finite: nothing happens
        Divergence.check(new EpochRecord(1, 0.5, Double.NaN, 0.5, Double.NaN), net, optimizer); // no validation pairs
        net.graph().getLayer("branch1_dense").getParam("W").putScalar(0, Double.POSITIVE_INFINITY);
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> Divergence.check(new EpochRecord(3, 0.5, 0.5, 0.5, 0.5), net, optimizer));
        assertEquals("training diverged in epoch 3: weights of branch1_dense are not finite (training.optimizer: sgd,"
                + " learningRate 0.01); lower the learning rate", e.getMessage());
    }

    @Test
    void weightsAreFiniteOnlyWhenEveryOneIs() {
        assertTrue(Divergence.finite(Nd4j.createFromArray(1f, -2f, 3f)));
        assertFalse(Divergence.finite(Nd4j.createFromArray(1f, Float.NaN, 3f)));
        assertFalse(Divergence.finite(Nd4j.createFromArray(Float.NEGATIVE_INFINITY, 0f)));
        // finite weights whose sum overflows float: the exact test decides
        assertTrue(Divergence.finite(Nd4j.createFromArray(Float.MAX_VALUE, Float.MAX_VALUE)));
    }
}
