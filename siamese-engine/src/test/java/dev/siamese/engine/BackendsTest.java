package dev.siamese.engine;

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
        // generic, AVX2 and AVX-512 oneDNN builds are on the classpath: the one that fits this CPU is loaded
        assertEquals(first.cpuLevel(), first.nativeBuild(), "the native build that fits the CPU is loaded");
    }

    @Test
    void namesNd4jsInstructionSetLevels() {
        assertEquals("AVX512", Backends.levelName(3));
        assertEquals("AVX2", Backends.levelName(2));
        assertEquals("generic", Backends.levelName(1));
        assertEquals("generic", Backends.levelName(0));
    }
}
