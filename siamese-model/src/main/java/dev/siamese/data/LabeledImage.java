package dev.siamese.data;

/**
 * One scan and whose finger it is.
 *
 * @param file     file name inside the data set folder
 * @param identity the finger (class) it belongs to
 * @param image    its pixels
 */
public record LabeledImage(String file, String identity, GrayImage image) {
}
