package dev.siamese;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Independent random streams derived from the spec's one seed, one per purpose ("split",
 * "pairs/train", "stripes/A/3", ...). Each consumer gets its own stream, so drawing more numbers in one
 * place (more scans, another split) never shifts what another place draws.
 */
public final class Seeds {
    private Seeds() {
    }

    /** A 64-bit seed for {@code purpose}, mixed from the experiment seed (SplitMix64 finalizer over FNV-1a). */
    public static long derive(long seed, String purpose) {
        long h = 0xcbf29ce484222325L;
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(seed ^ mix(h));
    }

    /** A {@link Random} (its sequence is fixed by the Java specification) for {@code purpose}. */
    public static Random random(long seed, String purpose) {
        return new Random(derive(seed, purpose));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
