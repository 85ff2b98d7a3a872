package no.nyttiggjort.launcher;

import java.util.List;
import java.util.Optional;

/**
 * One Quarkus service of the stack: its component name, the Maven module that builds it, the
 * database it owns (none for the gateway) and the port it listens on unless told otherwise.
 */
record ServiceSpec(String name, String module, Optional<String> database, int defaultPort) {

    static final ServiceSpec PROJECT_SERVICE =
            new ServiceSpec(Stack.PROJECT_SERVICE, "project-service", Optional.of("project"), 8081);
    static final ServiceSpec SCORING_SERVICE =
            new ServiceSpec(Stack.SCORING_SERVICE, "scoring-service", Optional.of("scoring"), 8082);
    static final ServiceSpec CERTIFICATION_SERVICE = new ServiceSpec(
            Stack.CERTIFICATION_SERVICE, "certification-service", Optional.of("certification"), 8083);
    static final ServiceSpec GATEWAY = new ServiceSpec(Stack.GATEWAY, "gateway", Optional.empty(), 8080);

    /** The services behind the gateway; they do not call each other at startup, so they start together. */
    static final List<ServiceSpec> BACKENDS = List.of(PROJECT_SERVICE, SCORING_SERVICE, CERTIFICATION_SERVICE);

    static final List<ServiceSpec> ALL = List.of(PROJECT_SERVICE, SCORING_SERVICE, CERTIFICATION_SERVICE, GATEWAY);

    static Optional<ServiceSpec> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
