package dev.siamese.distance;

/**
 * The seed's contrastive loss of one pair from its distance, {@code L = y·d² + (1−y)·max(m−d, 0)²} (y = 1 for a
 * genuine pair, m the margin), in double precision: what a pair graph is trained on and what the metrics report as
 * {@code loss}.
 */
public final class PairLoss {
    private PairLoss() {
    }

    public static double contrastive(double distance, double label, double margin) {
        double hinge = Math.max(margin - distance, 0);
        return label * distance * distance + (1 - label) * hinge * hinge;
    }
}
