package dev.siamese.data.synthetic;

/**
 * The elliptic fingertip outline, axis-aligned.
 *
 * @param cx centre column
 * @param cy centre row
 * @param rx half width
 * @param ry half height
 */
public record Silhouette(double cx, double cy, double rx, double ry) {
    /** Normalised elliptic radius of (x, y): below 1 inside, 1 on the outline. */
    public double radius(double x, double y) {
        double u = (x - cx) / rx;
        double v = (y - cy) / ry;
        return Math.sqrt(u * u + v * v);
    }

    /** The same ellipse scaled about its centre. */
    public Silhouette scaled(double factor) {
        return new Silhouette(cx, cy, rx * factor, ry * factor);
    }
}
