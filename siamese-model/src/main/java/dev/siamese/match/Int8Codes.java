package dev.siamese.match;

/**
 * Symmetric linear int8 quantisation of one template: {@code scale = max|v| / 127}, {@code q = round(v / scale)}
 * in −127..127, {@code v ≈ scale · q}. The error per value is at most {@code scale / 2}.
 */
final class Int8Codes {
    private Int8Codes() {
    }

    /** Writes the codes of {@code values[from, from + length)} into {@code out} at {@code at}; returns the scale. */
    static float encode(float[] values, int from, int length, byte[] out, int at) {
        float max = 0;
        for (int j = 0; j < length; j++) {
            max = Math.max(max, Math.abs(values[from + j]));
        }
        float scale = max == 0 ? 1f : max / 127f;
        for (int j = 0; j < length; j++) {
            out[at + j] = (byte) Math.max(-127, Math.min(127, Math.round(values[from + j] / scale)));
        }
        return scale;
    }

    static void decode(byte[] codes, int from, int length, float scale, float[] out) {
        for (int j = 0; j < length; j++) {
            out[j] = codes[from + j] * scale;
        }
    }
}
