package no.nyttiggjort.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests quarkus-kubernetes wrote to deploy/kubernetes during this build parse and describe a
 * deployment that can scale out: several replicas, probes, bounded resources, settings from a
 * ConfigMap and secrets from a Secret. (.ci/run also fails when they differ from the checked-in copy.)
 */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "project-service", "scoring-service", "certification-service", "gateway" })
    void eachComponentRunsAsSeveralProbedBoundedReplicasConfiguredFromConfigMapAndSecret(String component) throws IOException {
        List<JsonNode> resources = read(component, "kubernetes.yml", YAML);

        JsonNode deployment = single(resources, "Deployment", component);
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, component + " runs at least two replicas");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        int port = container.at("/ports/0/containerPort").asInt();
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(port, container.at("/readinessProbe/httpGet/port").asInt());
        for (String bound : List.of("requests", "limits")) {
            assertFalse(container.at("/resources/" + bound + "/cpu").asText().isEmpty(), component + " cpu " + bound);
            assertFalse(container.at("/resources/" + bound + "/memory").asText().isEmpty(), component + " memory " + bound);
        }
        List<String> envFrom = StreamSupport.stream(container.path("envFrom").spliterator(), false)
                .map(source -> source.has("configMapRef") ? "configmap:" + source.at("/configMapRef/name").asText()
                        : "secret:" + source.at("/secretRef/name").asText())
                .toList();
        assertTrue(envFrom.contains("configmap:" + component + "-config"), component + " reads its ConfigMap: " + envFrom);
        assertTrue(envFrom.contains("secret:" + component + "-secrets"), component + " reads its Secret: " + envFrom);

        JsonNode configMap = single(resources, "ConfigMap", component + "-config");
        configMap.path("data").fieldNames().forEachRemaining(key -> assertFalse(
                key.contains("PASSWORD") || key.contains("SECRET"), component + "'s ConfigMap must not carry " + key));
        assertTrue(configMap.at("/data/QUARKUS_OIDC_AUTH_SERVER_URL").asText().startsWith("http"), "tokens are checked against Keycloak");

        JsonNode service = single(resources, "Service", component);
        assertEquals(port, service.at("/spec/ports/0/targetPort").asInt(), component + "'s Service reaches the container port");
        assertEquals(deployment.at("/spec/selector/matchLabels"), service.at("/spec/selector"), "the Service selects the Deployment's pods");

        // The JSON twin describes the same resources.
        List<JsonNode> json = read(component, "kubernetes.json", JSON);
        assertEquals(kinds(resources), kinds(json));
    }

    @ParameterizedTest
    @ValueSource(strings = { "project-service", "scoring-service", "certification-service" })
    void migrationsRunOnceInAJobBeforeTheReplicasStart(String service) throws IOException {
        List<JsonNode> resources = read(service, "kubernetes.yml", YAML);
        JsonNode job = single(resources, "Job", service + "-flyway-init");
        assertTrue(job.at("/spec/template/spec/containers/0/env").toString().contains("QUARKUS_FLYWAY_ACTIVE"));
        JsonNode deployment = single(resources, "Deployment", service);
        assertTrue(deployment.at("/spec/template/spec/containers/0/env").toString().contains("\"false\""),
                "replicas do not migrate on their own");
        assertTrue(single(resources, "ConfigMap", service + "-config").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText()
                .endsWith("/" + service.replace("-service", "")), service + " has its own database");
    }

    @org.junit.jupiter.api.Test
    void theGatewayRoutesToEveryServiceThroughItsKubernetesService() throws IOException {
        JsonNode data = single(read("gateway", "kubernetes.yml", YAML), "ConfigMap", "gateway-config").path("data");
        assertEquals("http://project-service", data.path("GATEWAY_ROUTES_PROJECTS_UPSTREAM").asText());
        assertEquals("http://scoring-service", data.path("GATEWAY_ROUTES_SCORING_UPSTREAM").asText());
        assertEquals("http://certification-service", data.path("GATEWAY_ROUTES_CERTIFICATION_UPSTREAM").asText());
    }

    private static List<JsonNode> read(String component, String file, ObjectMapper mapper) throws IOException {
        Path path = repoRoot().resolve("deploy/kubernetes").resolve(component).resolve(file);
        assertTrue(Files.isRegularFile(path), path + " was generated");
        List<JsonNode> resources = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = mapper.readerFor(JsonNode.class).readValues(path.toFile())) {
            documents.forEachRemaining(document -> {
                // kubernetes.json is one List; the YAML is one document per resource.
                if ("List".equals(document.path("kind").asText())) {
                    document.path("items").forEach(resources::add);
                } else if (!document.isMissingNode() && !document.isNull()) {
                    resources.add(document);
                }
            });
        }
        resources.forEach(resource -> {
            assertFalse(resource.path("apiVersion").asText().isEmpty(), "every resource has an apiVersion");
            assertFalse(resource.path("kind").asText().isEmpty(), "every resource has a kind");
        });
        return resources;
    }

    private static JsonNode single(List<JsonNode> resources, String kind, String name) {
        List<JsonNode> matches = resources.stream()
                .filter(resource -> kind.equals(resource.path("kind").asText()))
                .filter(resource -> name.equals(resource.at("/metadata/name").asText()))
                .toList();
        assertEquals(1, matches.size(), "one " + kind + " named " + name);
        return matches.get(0);
    }

    private static List<String> kinds(List<JsonNode> resources) {
        return resources.stream().map(resource -> resource.path("kind").asText() + "/" + resource.at("/metadata/name").asText())
                .sorted().toList();
    }

    private static Path repoRoot() {
        String root = Optional.ofNullable(System.getProperty("nyttiggjort.repo-root")).orElse("..");
        Path path = Path.of(root).toAbsolutePath().normalize();
        assertNotNull(path);
        return path;
    }
}
