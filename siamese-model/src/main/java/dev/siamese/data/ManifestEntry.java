package dev.siamese.data;

/**
 * One image of a prepared data set.
 *
 * @param file     file name inside the data set folder
 * @param identity finger it belongs to
 * @param sha256   SHA-256 of its decoded pixels ({@link GrayImage#sha256()})
 * @param split    train or validation
 */
public record ManifestEntry(String file, String identity, String sha256, Split split) {
}
