package dev.siamese.train;

import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.ScheduleSpec;
import dev.siamese.spec.TrainingSpec;

/** Sets the learning rate of each epoch from the optimizer's rate and the spec's schedule. */
final class LearningRates {
    private final TrainingSpec training;

    LearningRates(TrainingSpec training) {
        this.training = training;
    }

    /** The rate of 1-based {@code epoch}. */
    double of(int epoch) {
        return training.optimizer().learningRate() * training.schedule().factor(epoch, training.epochs());
    }

    void beforeEpoch(SiameseNetwork net, int epoch) {
        if (!training.schedule().equals(ScheduleSpec.CONSTANT)) { // a constant rate is left as configured
            net.setLearningRate(of(epoch));
        }
    }
}
