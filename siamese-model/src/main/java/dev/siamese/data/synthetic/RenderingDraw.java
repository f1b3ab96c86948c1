package dev.siamese.data.synthetic;

import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.Rendering;

import java.util.Random;

/**
 * One impression's rendering, drawn from the spec's ranges. The texture's numbers (dryness, unevenness, creases and
 * the seed of their random fields) are drawn after the others, so ranges of the older fields draw what they drew
 * before the texture existed.
 */
record RenderingDraw(double background, double ridgeSharpness, double contrast, double blur, double dryness,
                     double unevenness, int creases, long texture) {
    static final RenderingDraw DEFAULT = of(Rendering.DEFAULT, new Random(0));

    static RenderingDraw of(Rendering r, Random random) {
        double background = r.background().draw(random);
        double sharpness = r.ridgeSharpness().draw(random);
        double contrast = r.contrast().draw(random);
        double blur = r.blur().draw(random);
        if (!r.textured()) {
            return new RenderingDraw(background, sharpness, contrast, blur, 0, 0, 0, 0);
        }
        return new RenderingDraw(background, sharpness, contrast, blur, r.dryness().draw(random),
                r.unevenness().draw(random), (int) Math.floor(r.creases().draw(random) + random.nextDouble()),
                random.nextLong());
    }

    /** Whether this impression has a texture to render. */
    boolean textured() {
        return dryness > 0 || unevenness > 0 || creases > 0;
    }
}
