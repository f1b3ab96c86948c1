package dev.siamese.data.synthetic;

import java.util.List;

/**
 * Everything drawn for one finger before any pixel is rendered: its class, singularities, outline and the
 * parameters of its orientation and ridge-period fields.
 *
 * @param fingerClass   the class drawn from the mix
 * @param singularities cores and deltas (none for an arch)
 * @param silhouette    the fingertip outline
 * @param background    constant angle added to the zero-pole orientation (radians)
 * @param arch          the arch model's parameters, used for {@link FingerprintClass#ARCH} only
 * @param period        the ridge-period map
 */
public record MasterPrintPlan(FingerprintClass fingerClass, List<Singularity> singularities, Silhouette silhouette,
                              double background, ArchShape arch, PeriodField period) {

    /**
     * Ridges of an arch: curves {@code y = y0 - h(y) * exp(-u²/2)}, {@code u = (x - cx) / width}; their slope is
     * {@code strength * u * exp(-u²/2) * exp(-((y - cy) / height)²)}.
     */
    public record ArchShape(double cx, double cy, double width, double height, double strength) {
    }
}
