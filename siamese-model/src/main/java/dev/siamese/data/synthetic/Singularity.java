package dev.siamese.data.synthetic;

/**
 * A core or delta of a master print, in pixel coordinates of the master (x right, y down).
 *
 * @param x    column
 * @param y    row
 * @param core true for a core (pole of the orientation field), false for a delta (zero)
 */
public record Singularity(double x, double y, boolean core) {
}
