package dev.siamese.data.synthetic;

/**
 * A finger's master print: its plan and the grown ridge pattern, smooth in [-1, 1] with ridges positive,
 * row-major on a size × size canvas; zero outside the grown area.
 */
public record MasterPrint(MasterPrintPlan plan, int size, float[] ridges) {
    /** Bilinear sample of the ridge pattern; 0 outside the canvas. */
    public double sample(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy)
                + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
    }

    private double at(int x, int y) {
        return x < 0 || y < 0 || x >= size || y >= size ? 0 : ridges[y * size + x];
    }
}
