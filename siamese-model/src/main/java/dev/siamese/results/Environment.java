package dev.siamese.results;

/**
 * Where a result was computed. Kept apart from the deterministic part of results: the same spec on
 * another machine gives other values here. Captured by the evaluation ({@code dev.siamese.experiment.Machine}).
 *
 * @param dl4j    the Deeplearning4j version the library was built against (from the jar, not typed twice)
 * @param siamese this library's version
 */
public record Environment(String java, String dl4j, String backend, String nativeBuild, String cpuLevel, int threads,
                          boolean oneDnnHelpers, String os, String cpu, int cores, String siamese) {
}
