package no.nyttiggjort.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several instances of a service: their names, ports and how they reach the gateway's route table. */
class StackConfigInstancesTest {

    private static final Path REPO = Path.of("..");

    @Test
    void oneInstanceOfEachServiceUnlessAskedForMore() {
        StackConfig config = StackConfig.builder(REPO).build();

        assertEquals(List.of(Stack.PROJECT_SERVICE), config.instanceNames(Stack.PROJECT_SERVICE));
        assertEquals(1, config.instances(Stack.SCORING_SERVICE));
    }

    @Test
    void furtherInstancesAreNamedAndListenTenPortsApart() {
        StackConfig config = StackConfig.builder(REPO).instances(Stack.PROJECT_SERVICE, 3).build();

        assertEquals(List.of("project-service", "project-service-2", "project-service-3"),
                config.instanceNames(Stack.PROJECT_SERVICE));
        assertEquals(8081, config.port("project-service"));
        assertEquals(8091, config.port("project-service-2"));
        assertEquals(8101, config.port("project-service-3"));
    }

    @Test
    void withFreePortsEveryInstanceGetsAPortNoOtherComponentHas() {
        StackConfig config = StackConfig.builder(REPO).freePorts().instances("project-service=2,scoring-service=2").build();

        assertEquals(8, config.ports().size());
        assertEquals(config.ports().size(), new HashSet<>(config.ports().values()).size(), config.ports().toString());
        assertTrue(config.ports().containsKey("scoring-service-2"));
    }

    @Test
    void theEnvironmentAsksForInstancesAndTheirPorts() {
        StackConfig config = StackConfig.fromEnvironment(REPO, Map.of(
                "NYTTIGGJORT_INSTANCES", "project-service=2",
                "NYTTIGGJORT_PROJECT_SERVICE_PORT", "9081",
                "NYTTIGGJORT_PROJECT_SERVICE_2_PORT", "9999")).build();

        assertEquals(9081, config.port("project-service"));
        assertEquals(9999, config.port("project-service-2"));
    }

    @Test
    void theStackRunsAndNamesEveryInstance() {
        StackConfig config = StackConfig.builder(REPO).instances(Stack.PROJECT_SERVICE, 2).stopOnJvmExit(false)
                .progress(line -> { }).build();
        Stack stack = new Stack(config);

        assertEquals(List.of("postgres", "keycloak", "project-service", "project-service-2", "scoring-service",
                "certification-service", "gateway"), stack.componentNames());
        assertEquals("http://127.0.0.1:8091", stack.url("project-service-2"));
        assertEquals(List.of("project-service", "project-service-2"), stack.instances(Stack.PROJECT_SERVICE));
    }

    @Test
    void onlyServicesBehindTheGatewayRunSeveralTimesAndWithinLimits() {
        StackException gateway = assertThrows(StackException.class,
                () -> StackConfig.builder(REPO).instances(Stack.GATEWAY, 2));
        assertTrue(gateway.getMessage().contains("not 'gateway'"), gateway.getMessage());
        assertThrows(StackException.class, () -> StackConfig.builder(REPO).instances(Stack.PROJECT_SERVICE, 0));
        assertThrows(StackException.class, () -> StackConfig.builder(REPO).instances(Stack.PROJECT_SERVICE, 6));
        StackException malformed = assertThrows(StackException.class,
                () -> StackConfig.builder(REPO).instances("project-service:2"));
        assertTrue(malformed.getMessage().contains("service=count"), malformed.getMessage());
    }
}
