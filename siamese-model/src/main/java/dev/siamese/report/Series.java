package dev.siamese.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A named line of a chart; points with a NaN coordinate are dropped. */
public record Series(String name, double[] x, double[] y) {
    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values, " + y.length + " y values");
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                keep.add(i);
            }
        }
        double[] kx = new double[keep.size()];
        double[] ky = new double[keep.size()];
        for (int i = 0; i < kx.length; i++) {
            kx[i] = x[keep.get(i)];
            ky[i] = y[keep.get(i)];
        }
        x = kx;
        y = ky;
    }

    /** The points with a positive value: what a logarithmic axis can show. */
    public Series positive() {
        double[] px = new double[x.length];
        double[] py = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0) {
                px[n] = x[i];
                py[n++] = y[i];
            }
        }
        return new Series(name, Arrays.copyOf(px, n), Arrays.copyOf(py, n));
    }

    public boolean isEmpty() {
        return x.length == 0;
    }
}
