package dev.siamese.maven.fork;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ForkEnvironmentTest {
    private static final String WAIT_POLICY = "OMP_WAIT_POLICY";
    private static final String OPENBLAS_TIMEOUT = "OPENBLAS_THREAD_TIMEOUT";

    @Test
    void forksGetSleepingIdleWorkersBesideWhatWasAsked() {
        Map<String, String> env = ForkEnvironment.of(Map.of("OMP_NUM_THREADS", "1"), Map.of("PATH", "/bin"));

        assertEquals(Map.of("OMP_NUM_THREADS", "1", WAIT_POLICY, "PASSIVE",
                OPENBLAS_TIMEOUT, "4"), env);
    }

    @Test
    void theUsersOwnSettingsAreLeftToBeInherited() {
        Map<String, String> env = ForkEnvironment.of(Map.of(),
                Map.of(WAIT_POLICY, "ACTIVE", OPENBLAS_TIMEOUT, "28"));

        assertFalse(env.containsKey(WAIT_POLICY), "the inherited wait policy must not be overridden");
        assertFalse(env.containsKey(OPENBLAS_TIMEOUT), "the inherited timeout must not be overridden");
    }

    @Test
    void eachSettingIsLeftAloneOnItsOwn() {
        Map<String, String> env = ForkEnvironment.of(Map.of(), Map.of(OPENBLAS_TIMEOUT, "28"));

        assertEquals(Map.of(WAIT_POLICY, "PASSIVE"), env);
    }
}
