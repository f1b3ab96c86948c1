package dev.siamese.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class BackendsTest {
    @Test
    void initialisesOnceAndDescribesTheCpuBackend() {
        BackendInfo first = Backends.initialise();
        assertSame(first, Backends.initialise());
        assertEquals("CPU", first.name());
        assertEquals("false", System.getProperty(Backends.HELPERS_DISABLE_PROPERTY));
        // the default dependency set is the generic x86-64 build (runs on any x86-64 CPU)
        assertEquals("generic", first.nativeBuild());
    }

    @Test
    void namesNd4jsInstructionSetLevels() {
        assertEquals("AVX512", Backends.levelName(3));
        assertEquals("AVX2", Backends.levelName(2));
        assertEquals("generic", Backends.levelName(1));
        assertEquals("generic", Backends.levelName(0));
    }
}
