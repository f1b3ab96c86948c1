package dev.siamese.data.synthetic;

import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.Rendering;

import java.util.Random;

/** One impression's rendering, drawn from the spec's ranges. */
record RenderingDraw(double background, double ridgeSharpness, double contrast, double blur) {
    static final RenderingDraw DEFAULT = of(Rendering.DEFAULT, new Random(0));

    static RenderingDraw of(Rendering r, Random random) {
        return new RenderingDraw(r.background().draw(random), r.ridgeSharpness().draw(random),
                r.contrast().draw(random), r.blur().draw(random));
    }
}
