package dev.siamese.data.synthetic;

import dev.siamese.data.GaussianBlur;
import dev.siamese.data.GrayImage;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec.ImpressionVariation;

import java.util.Random;

/**
 * Renders one impression of a master print as a scanner would see it: the finger placed with a random shift
 * and rotation, the skin elastically distorted (undistorted centre, displacement rising towards the edge),
 * ridges thickened or thinned by pressure, part of the contact missing near the border, dark ridges on a white
 * background with sensor noise and a few light scratches; with a texture, ridges broken where the finger was dry,
 * darker and fainter patches, and creases.
 */
final class ImpressionRenderer {
    /** Rotation and shift (in image sizes) the skin's rim reaches at distortion 1. */
    private static final double DISTORTION_DEGREES = 6;
    private static final double DISTORTION_SHIFT = 0.035;
    /** Lattice spacing of the dryness noise, in ridge periods: blotches about a ridge across. */
    private static final double DRY_SPACING = 0.9;
    /** At dryness 1, ink is missing where the noise is below this. */
    private static final double DRY_CUT = 0.55;
    /** Half the width of the noise band over which ink fades out. */
    private static final double DRY_SOFTNESS = 0.06;

    private ImpressionRenderer() {
    }

    static GrayImage render(MasterPrint master, ImpressionVariation v, Random random) {
        return render(master, v, RenderingDraw.DEFAULT, random);
    }

    /**
     * With the default rendering (white background, sharpness 1.6, contrast factor 1, no blur) the pixels are
     * those of the generator before rendering could vary: the same arithmetic, the same draws.
     */
    static GrayImage render(MasterPrint master, ImpressionVariation v, RenderingDraw look, Random random) {
        int n = master.size();
        double c = (n - 1) / 2.0;
        Silhouette sil = master.plan().silhouette();
        // Every number is drawn whatever the strengths, so one strength never shifts another's draw.
        double dx = signed(random) * v.translation();
        double dy = signed(random) * v.translation();
        double angle = Math.toRadians(signed(random) * v.rotationDegrees());
        double skinAngle = Math.toRadians(signed(random) * v.distortion() * DISTORTION_DEGREES);
        double skinDx = signed(random) * v.distortion() * DISTORTION_SHIFT * n;
        double skinDy = signed(random) * v.distortion() * DISTORTION_SHIFT * n;
        double pressure = signed(random) * v.pressure();
        double lost = random.nextDouble() * v.partialContact() * 0.5;
        double cutDir = random.nextDouble() * 2 * Math.PI;
        double contrast = 0.8 + 0.2 * random.nextDouble();
        int scratches = random.nextInt(v.scratches() + 1);

        double shift = 0.45 * pressure;
        Silhouette contact = sil.scaled(0.95 + 0.04 * pressure);
        double edge = Math.min(contact.rx(), contact.ry());
        double cut = 1 - 2 * lost;
        double cutX = Math.cos(cutDir);
        double cutY = Math.sin(cutDir);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double noise = v.noise() * 255;
        double paper = look.background();
        double sharpness = look.ridgeSharpness();
        double dark = paper * contrast * look.contrast();
        boolean blurred = look.blur() > 0;
        float[] sensor = blurred ? new float[n * n] : null; // noise kept apart, added after the blur
        Random texture = look.textured() ? new Random(look.texture()) : null;
        double period = master.plan().period().mean();
        LatticeNoise dry = look.dryness() > 0 ? new LatticeNoise(n, DRY_SPACING * period, texture) : null;
        LatticeNoise uneven = look.unevenness() > 0 ? new LatticeNoise(n, n / 4.0, texture) : null;
        double dryCut = DRY_CUT * look.dryness();

        float[] out = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                // Finger coordinates: undo the placement (shift, then rotation about the image centre).
                double ux = x - dx - c;
                double uy = y - dy - c;
                double qx = cos * ux + sin * uy + c;
                double qy = -sin * ux + cos * uy + c;
                double e = contact.radius(qx, qy);
                double px = (qx - sil.cx()) / sil.rx();
                double py = (qy - sil.cy()) / sil.ry();
                double weight = clamp((1 - e) * edge / 2) * clamp((cut - (px * cutX + py * cutY)) * edge / 2);
                if (weight <= 0) {
                    out[y * n + x] = (float) paper;
                    continue;
                }
                // Elastic skin: no displacement in the middle, rising smoothly to a small rotation and shift.
                double b = smoothstep(0.3, 1.0, sil.radius(qx, qy));
                double a = b * skinAngle;
                double rx = qx - sil.cx();
                double ry = qy - sil.cy();
                double sx = sil.cx() + Math.cos(a) * rx - Math.sin(a) * ry + b * skinDx;
                double sy = sil.cy() + Math.sin(a) * rx + Math.cos(a) * ry + b * skinDy;
                double ridge = clamp(0.5 + sharpness * (master.sample(sx, sy) + shift));
                if (dry != null) { // ink missing where the skin's lattice noise falls below the cut
                    ridge *= smoothstep(dryCut - DRY_SOFTNESS, dryCut + DRY_SOFTNESS, dry.at(x, y));
                }
                if (uneven != null) {
                    ridge *= 1 - look.unevenness() * uneven.at(x, y);
                }
                // Ridges fade towards the rim, where the finger barely touches.
                double rim = 0.55 + 0.45 * smoothstep(1.0, 0.8, e);
                if (blurred) {
                    out[y * n + x] = (float) (paper - dark * rim * weight * ridge);
                    sensor[y * n + x] = (float) (weight * noise * random.nextGaussian());
                } else {
                    double value = paper - dark * rim * weight * ridge + weight * noise * random.nextGaussian();
                    out[y * n + x] = (float) value;
                }
            }
        }
        if (blurred) {
            GaussianBlur.apply(out, n, n, look.blur());
            for (int i = 0; i < out.length; i++) {
                out[i] += sensor[i];
            }
        }
        for (int s = 0; s < scratches; s++) {
            scratch(out, n, sil, random, paper);
        }
        for (int k = 0; k < look.creases(); k++) {
            crease(out, n, sil, texture, paper, period);
        }
        GrayImage img = GrayImage.filled(n, n, 255);
        for (int i = 0; i < out.length; i++) {
            img.pixels()[i] = (byte) Math.max(0, Math.min(255, Math.round(out[i])));
        }
        return img;
    }

    /** A light line about a pixel wide across part of the print. */
    private static void scratch(float[] out, int n, Silhouette sil, Random random, double paper) {
        double x0 = sil.cx() + signed(random) * sil.rx();
        double y0 = sil.cy() + signed(random) * sil.ry();
        double dir = random.nextDouble() * Math.PI;
        double len = (0.2 + 0.4 * random.nextDouble()) * n;
        double halfWidth = 0.5 + 0.5 * random.nextDouble();
        double strength = 0.6 + 0.4 * random.nextDouble();
        lightLine(out, n, x0, y0, dir, len, halfWidth, strength, paper);
    }

    /** A crease: a light band up to a ridge period wide, mostly across the finger, over much of the print. */
    private static void crease(float[] out, int n, Silhouette sil, Random random, double paper, double period) {
        double x0 = sil.cx() + signed(random) * sil.rx() * 0.8;
        double y0 = sil.cy() + signed(random) * sil.ry() * 0.8;
        double dir = signed(random) * Math.PI / 5; // folds run roughly across the finger
        double len = (0.4 + 0.6 * random.nextDouble()) * n;
        double halfWidth = (0.15 + 0.35 * random.nextDouble()) * period;
        double strength = 0.7 + 0.3 * random.nextDouble();
        lightLine(out, n, x0 - Math.cos(dir) * len / 2, y0 - Math.sin(dir) * len / 2, dir, len, halfWidth, strength,
                paper);
    }

    /** Brightens towards {@code paper} a band of half width {@code halfWidth} along a segment. */
    private static void lightLine(float[] out, int n, double x0, double y0, double dir, double len, double halfWidth,
                                  double strength, double paper) {
        double x1 = x0 + Math.cos(dir) * len;
        double y1 = y0 + Math.sin(dir) * len;
        double lx = x1 - x0;
        double ly = y1 - y0;
        double l2 = lx * lx + ly * ly;
        double reach = Math.max(2, halfWidth + 1);
        int xa = (int) Math.max(0, Math.floor(Math.min(x0, x1) - reach));
        int xb = (int) Math.min(n - 1, Math.ceil(Math.max(x0, x1) + reach));
        int ya = (int) Math.max(0, Math.floor(Math.min(y0, y1) - reach));
        int yb = (int) Math.min(n - 1, Math.ceil(Math.max(y0, y1) + reach));
        for (int y = ya; y <= yb; y++) {
            for (int x = xa; x <= xb; x++) {
                double t = Math.max(0, Math.min(1, ((x - x0) * lx + (y - y0) * ly) / l2));
                double ddx = x - (x0 + t * lx);
                double ddy = y - (y0 + t * ly);
                double cover = clamp(halfWidth + 0.5 - Math.sqrt(ddx * ddx + ddy * ddy)) * strength;
                int i = y * n + x;
                out[i] += (float) (((float) paper - out[i]) * cover);
            }
        }
    }

    private static double signed(Random random) {
        return random.nextDouble() * 2 - 1;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    /** 0 at {@code from}, 1 at {@code to}, smooth between (either order). */
    private static double smoothstep(double from, double to, double v) {
        double t = clamp((v - from) / (to - from));
        return t * t * (3 - 2 * t);
    }
}
