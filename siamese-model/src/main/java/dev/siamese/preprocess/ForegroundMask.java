package dev.siamese.preprocess;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Where the finger touched the sensor: blocks of about two ridge periods whose ridge signal reaches a share of
 * the print's strong blocks, cleaned up as a print is shaped: small gaps closed, specks of dust dropped, the largest
 * connected region kept, its holes filled, and its rim of one block dropped (the step from platen to print rings in
 * the band-passed signal, so blocks just outside the print look like ridges).
 *
 * @param block   block edge in pixels
 * @param columns blocks per row
 * @param rows    block rows
 * @param cells   true where a block is foreground, row-major
 */
public record ForegroundMask(int block, int columns, int rows, boolean[] cells) {
    /** A block is foreground when its RMS ridge signal reaches this share of the 95th percentile of blocks. */
    static final double SHARE = 0.3;

    public static ForegroundMask of(RidgeSignal signal) {
        FloatImage band = signal.band();
        int block = Math.max(2, (int) Math.round(2 * signal.period()));
        int cols = (band.width() + block - 1) / block;
        int rows = (band.height() + block - 1) / block;
        double[] mean = new double[cols * rows];
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < cols; bx++) {
                double sum = 0;
                int n = 0;
                for (int y = by * block; y < Math.min(band.height(), (by + 1) * block); y++) {
                    for (int x = bx * block; x < Math.min(band.width(), (bx + 1) * block); x++) {
                        float v = band.get(x, y);
                        sum += v * v;
                        n++;
                    }
                }
                mean[by * cols + bx] = Math.sqrt(sum / n);
            }
        }
        double[] sorted = mean.clone();
        Arrays.sort(sorted);
        double strong = sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
        boolean[] cells = new boolean[mean.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = strong > 0 && mean[i] >= SHARE * strong;
        }
        cells = erode(dilate(cells, cols, rows), cols, rows);
        cells = dilate(erode(cells, cols, rows), cols, rows);
        cells = erode(fillHoles(largestRegion(cells, cols, rows), cols, rows), cols, rows);
        return new ForegroundMask(block, cols, rows, cells);
    }

    public boolean isEmpty() {
        for (boolean c : cells) {
            if (c) {
                return false;
            }
        }
        return true;
    }

    /** Whether pixel (x, y) lies in a foreground block. */
    public boolean contains(int x, int y) {
        int bx = x / block;
        int by = y / block;
        return bx >= 0 && by >= 0 && bx < columns && by < rows && cells[by * columns + bx];
    }

    /** The centre of the foreground in pixels {x, y}: the centroid of its blocks' centres. */
    public double[] centroid() {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < columns; bx++) {
                if (cells[by * columns + bx]) {
                    sx += (bx + 0.5) * block;
                    sy += (by + 0.5) * block;
                    n++;
                }
            }
        }
        return n == 0 ? null : new double[]{sx / n, sy / n};
    }

    /** The share of blocks that are foreground. */
    public double area() {
        int n = 0;
        for (boolean c : cells) {
            n += c ? 1 : 0;
        }
        return (double) n / cells.length;
    }

    /** Per pixel, 1 inside and 0 outside, smoothed by {@code sigma} pixels so the print fades out at its rim. */
    public float[] softWeights(int width, int height, double sigma) {
        float[] w = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                w[y * width + x] = contains(x, y) ? 1 : 0;
            }
        }
        Blur.fast(w, width, height, sigma);
        return w;
    }

    private static boolean[] dilate(boolean[] c, int cols, int rows) {
        return morph(c, cols, rows, true);
    }

    private static boolean[] erode(boolean[] c, int cols, int rows) {
        return morph(c, cols, rows, false);
    }

    /** 3×3 dilation (any neighbour set) or erosion (all neighbours set; outside counts as set). */
    private static boolean[] morph(boolean[] c, int cols, int rows, boolean dilate) {
        boolean[] out = new boolean[c.length];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                boolean v = !dilate;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        boolean n = xx < 0 || yy < 0 || xx >= cols || yy >= rows ? !dilate : c[yy * cols + xx];
                        v = dilate ? v || n : v && n;
                    }
                }
                out[y * cols + x] = v;
            }
        }
        return out;
    }

    private static boolean[] largestRegion(boolean[] c, int cols, int rows) {
        int[] label = new int[c.length];
        int best = 0;
        int bestSize = 0;
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < c.length; i++) {
            if (!c[i] || label[i] != 0) {
                continue;
            }
            next++;
            int size = 0;
            label[i] = next;
            queue.add(i);
            while (!queue.isEmpty()) {
                int j = queue.poll();
                size++;
                int x = j % cols;
                int y = j / cols;
                int[] neighbours = {x > 0 ? j - 1 : -1, x < cols - 1 ? j + 1 : -1, y > 0 ? j - cols : -1,
                        y < rows - 1 ? j + cols : -1};
                for (int n : neighbours) {
                    if (n >= 0 && c[n] && label[n] == 0) {
                        label[n] = next;
                        queue.add(n);
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = next;
            }
        }
        boolean[] out = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = best != 0 && label[i] == best;
        }
        return out;
    }

    /** Background cells not reachable from the border become foreground. */
    private static boolean[] fillHoles(boolean[] c, int cols, int rows) {
        boolean[] outside = new boolean[c.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int i = y * cols + x;
                if ((x == 0 || y == 0 || x == cols - 1 || y == rows - 1) && !c[i]) {
                    outside[i] = true;
                    queue.add(i);
                }
            }
        }
        while (!queue.isEmpty()) {
            int j = queue.poll();
            int x = j % cols;
            int y = j / cols;
            int[] neighbours = {x > 0 ? j - 1 : -1, x < cols - 1 ? j + 1 : -1, y > 0 ? j - cols : -1,
                    y < rows - 1 ? j + cols : -1};
            for (int n : neighbours) {
                if (n >= 0 && !c[n] && !outside[n]) {
                    outside[n] = true;
                    queue.add(n);
                }
            }
        }
        boolean[] out = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = !outside[i];
        }
        return out;
    }
}
