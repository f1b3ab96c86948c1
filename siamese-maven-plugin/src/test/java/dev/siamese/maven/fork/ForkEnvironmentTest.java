package dev.siamese.maven.fork;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ForkEnvironmentTest {

    @Test
    void forksGetThePassiveWaitPolicyBesideWhatWasAsked() {
        Map<String, String> env = ForkEnvironment.of(Map.of("OMP_NUM_THREADS", "1"), Map.of("PATH", "/bin"));

        assertEquals(Map.of("OMP_NUM_THREADS", "1", ForkEnvironment.WAIT_POLICY, "PASSIVE"), env);
    }

    @Test
    void theUsersOwnWaitPolicyIsLeftToBeInherited() {
        Map<String, String> env = ForkEnvironment.of(Map.of(), Map.of(ForkEnvironment.WAIT_POLICY, "ACTIVE"));

        assertFalse(env.containsKey(ForkEnvironment.WAIT_POLICY), "the inherited value must not be overridden");
    }
}
