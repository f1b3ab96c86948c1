package dev.siamese.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.RmsProp;

import java.util.Map;

/**
 * DL4J's {@link RmsProp} whose update runs in {@link JavaRmsPropUpdater}: libnd4j's {@code rms_prop_updater}
 * updates in place, so its loop cannot be vectorised and runs a scalar square root and division per parameter,
 * a visible share of a dense-1 step with its millions of parameters. Same configuration, same state layout, so a
 * saved model
 * written with either loads with either.
 */
public class JavaRmsProp extends RmsProp {
    /** For JSON. */
    public JavaRmsProp() {
    }

    public JavaRmsProp(double learningRate, double rmsDecay, double epsilon) {
        super(learningRate, rmsDecay, epsilon);
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        JavaRmsPropUpdater u = new JavaRmsPropUpdater(this);
        INDArray flat = viewArray.reshape(viewArray.length());
        u.setStateViewArray(flat, flat.shape(), flat.ordering(), initializeViewArray);
        return u;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        JavaRmsPropUpdater u = new JavaRmsPropUpdater(this);
        u.setState(updaterState, initializeStateArrays);
        return u;
    }

    @Override
    public JavaRmsProp clone() {
        JavaRmsProp copy = new JavaRmsProp(getLearningRate(), getRmsDecay(), getEpsilon());
        copy.setLearningRateSchedule(getLearningRateSchedule());
        return copy;
    }

    @Override
    protected boolean canEqual(Object other) {
        return other instanceof JavaRmsProp;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JavaRmsProp && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + 1;
    }
}
