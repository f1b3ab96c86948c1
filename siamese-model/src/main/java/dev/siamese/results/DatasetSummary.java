package dev.siamese.results;

import dev.siamese.pairs.SplitSummary;

/**
 * The data a result was computed on.
 *
 * @param fingerprint    the manifest's fingerprint (what generated it)
 * @param manifestSha256 SHA-256 of manifest.json's bytes (what it holds)
 */
public record DatasetSummary(String type, int width, int height, String fingerprint, String manifestSha256,
                             SplitSummary train, SplitSummary validation) {
}
