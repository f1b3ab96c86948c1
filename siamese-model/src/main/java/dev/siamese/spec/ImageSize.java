package dev.siamese.spec;

/** Width and height of an image in pixels. */
public record ImageSize(int width, int height) {
}
