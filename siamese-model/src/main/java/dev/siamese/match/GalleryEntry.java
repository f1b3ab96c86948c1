package dev.siamese.match;

/**
 * Who an enrolled template belongs to.
 *
 * @param identity the finger (from the file name by the identity pattern)
 * @param source   where the template came from (the image file's name)
 */
public record GalleryEntry(String identity, String source) {
}
