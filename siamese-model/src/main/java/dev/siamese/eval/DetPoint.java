package dev.siamese.eval;

/** One operating point: false match rate and false non-match rate at one threshold. */
public record DetPoint(double fmr, double fnmr) {
}
