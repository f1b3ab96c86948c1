/**
 * Metrics of scored pairs: the one threshold sweep and what is read from it (ROC AUC, EER, FMR/FNMR operating
 * points, DET, best accuracy, operating thresholds), identification rates, and the fusion of two scorers. Pure
 * arithmetic on distances: it knows no network (a scorer is handed to it).
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code distance}, {@code data}, {@code pairs}.
 */
package dev.siamese.eval;
