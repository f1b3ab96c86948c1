package dev.siamese.maven.fork;

import dev.siamese.model.IdleWorkers;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ForkEnvironmentTest {

    @Test
    void forksGetSleepingIdleWorkersBesideWhatWasAsked() {
        Map<String, String> env = ForkEnvironment.of(Map.of("OMP_NUM_THREADS", "1"), Map.of("PATH", "/bin"));

        assertEquals(Map.of("OMP_NUM_THREADS", "1", IdleWorkers.WAIT_POLICY, "PASSIVE",
                IdleWorkers.OPENBLAS_TIMEOUT, "4"), env);
    }

    @Test
    void theUsersOwnSettingsAreLeftToBeInherited() {
        Map<String, String> env = ForkEnvironment.of(Map.of(),
                Map.of(IdleWorkers.WAIT_POLICY, "ACTIVE", IdleWorkers.OPENBLAS_TIMEOUT, "28"));

        assertFalse(env.containsKey(IdleWorkers.WAIT_POLICY), "the inherited wait policy must not be overridden");
        assertFalse(env.containsKey(IdleWorkers.OPENBLAS_TIMEOUT), "the inherited timeout must not be overridden");
    }

    @Test
    void eachSettingIsLeftAloneOnItsOwn() {
        Map<String, String> env = ForkEnvironment.of(Map.of(), Map.of(IdleWorkers.OPENBLAS_TIMEOUT, "28"));

        assertEquals(Map.of(IdleWorkers.WAIT_POLICY, "PASSIVE"), env);
    }
}
