/**
 * Data sets as files: gray images, the generators of the seed's stripes and of synthetic fingerprints
 * ({@code data.synthetic}), folders of real scans, resampling, the manifest of a data set and its splits.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}.
 */
package dev.siamese.data;
