package dev.siamese.engine;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdleWorkersTest {

    @Test
    void describesEachSettingAsTheEnvironmentHasIt() {
        assertEquals("OMP_WAIT_POLICY=PASSIVE, OPENBLAS_THREAD_TIMEOUT=unset (idle workers spin)",
                IdleWorkers.describe(Map.of("OMP_WAIT_POLICY", "PASSIVE", "PATH", "/bin")));
    }

    @Test
    void theSleepingValuesAreTheSmallestWaits() {
        assertEquals("PASSIVE", IdleWorkers.SLEEP.get(IdleWorkers.WAIT_POLICY));
        assertEquals("4", IdleWorkers.SLEEP.get(IdleWorkers.OPENBLAS_TIMEOUT), "OpenBLAS clamps to [4, 30]");
    }
}
