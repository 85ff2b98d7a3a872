package no.nyttiggjort.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one OpenAPI document of the whole API, as integrators fetch it from the gateway: every service's
 * operations at the paths clients call, nothing lost in the merge, and every operation complete enough
 * to generate a client from (operationId, tag, summary, errors, security).
 */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class WholeApiDocumentTest {

    private static final List<String> SERVICES = List.of("project-service", "scoring-service", "certification-service");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PUBLIC_PREFIX = "/api/v1/certification/public/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The realm's public address; TestOidcResource sets the test realm's. */
    @ConfigProperty(name = "quarkus.oidc.token.issuer")
    String realm;

    @ConfigProperty(name = "nyttiggjort.openapi.server-url")
    String serverUrl;

    private JsonNode document;

    @BeforeEach
    void fetch() throws IOException {
        String body = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .extract().asString();
        document = JSON.readTree(body);
    }

    @Test
    void everyOperationOfEveryServiceIsThereAtTheGatewayPath() {
        for (String service : SERVICES) {
            JsonNode own = serviceDocument(service);
            forEachOperation(own, (where, operation) -> {
                if (!where.path().startsWith("/api/")) {
                    return;
                }
                JsonNode merged = document.path("paths").path(where.path()).path(where.method());
                assertThat(service + " " + where + " is in the gateway's document", merged.isMissingNode(), is(false));
                assertThat(where.toString(), merged.path("operationId"), equalTo(operation.path("operationId")));
            });
        }
        assertThat(document.path("paths").has("/api/v1/projects/{id}"), is(true));
        assertThat(document.path("paths").has("/api/v1/scoring/projects/{projectId}/score"), is(true));
        assertThat(document.path("paths").has(PUBLIC_PREFIX + "certificates/{id}/verification"), is(true));
    }

    @Test
    void theNetworkOverviewTheGatewayComposesItselfIsDescribedLikeTheRest() {
        JsonNode overview = document.path("paths").path("/api/v1/network/overview").path("get");

        assertThat(overview.path("operationId").asText(), equalTo("getNetworkOverview"));
        assertThat(overview.path("security").size(), is(2));
        assertThat(overview.path("responses").path("429").path("headers").has("Retry-After"), is(true));
        // Composed here from several services, not passed on to one: no 502/504 of a proxied call.
        assertThat(overview.path("responses").has("504"), is(false));
    }

    @Test
    void theYamlFormIsTheSameDocument() throws IOException {
        String yaml = given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType(containsString("yaml"))
                .extract().asString();

        assertThat(new YAMLMapper().readTree(yaml), equalTo(document));
    }

    @Test
    void onlyWhatTheGatewayServesIsDescribedAndTheGatewayIsTheServer() {
        List<String> elsewhere = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/api/v1/")) {
                elsewhere.add(path);
            }
        });

        assertThat("paths the gateway does not route", elsewhere, empty());
        assertThat(serviceDocument("certification-service").path("paths").has("/.well-known/jwks.json"), is(true));
        assertThat(document.path("servers").size(), is(1));
        assertThat(document.path("servers").path(0).path("url").asText(), equalTo(serverUrl));
        assertThat(document.path("info").path("title").asText(), equalTo("Nyttiggjort API"));
    }

    @Test
    void noSchemaOfAServiceIsLostOrChangedByTheMerge() {
        // Two services with a schema of the same name but another shape would be merged into one that fits
        // neither; give one of them another name with @Schema(name = ...).
        Map<String, String> lostOrChanged = new TreeMap<>();
        for (String service : SERVICES) {
            serviceDocument(service).path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode merged = document.path("components").path("schemas").path(schema.getKey());
                if (!merged.equals(schema.getValue())) {
                    lostOrChanged.merge(schema.getKey(), service, (a, b) -> a + ", " + b);
                }
            });
        }

        assertThat("schemas (and the services that define them) not kept as the service defines them", lostOrChanged,
                equalTo(Map.of()));
    }

    @Test
    void everyOperationHasAUniqueOperationIdOneDeclaredTagASummaryAndItsAnswers() {
        Set<String> declaredTags = new TreeSet<>();
        document.path("tags").forEach(tag -> {
            assertThat("description of tag " + tag.path("name"), tag.path("description").asText(), not(equalTo("")));
            assertThat("tag " + tag.path("name") + " declared once", declaredTags.add(tag.path("name").asText()), is(true));
        });
        Map<String, String> operationIds = new LinkedHashMap<>();
        List<String> incomplete = new ArrayList<>();

        forEachOperation(document, (where, operation) -> {
            String id = operation.path("operationId").asText();
            String clash = operationIds.put(id, where.toString());
            if (id.isBlank() || clash != null) {
                incomplete.add(where + ": operationId '" + id + "' missing or also used by " + clash);
            }
            if (operation.path("tags").size() != 1 || !declaredTags.contains(operation.path("tags").path(0).asText())) {
                incomplete.add(where + ": not exactly one declared tag " + operation.path("tags"));
            }
            if (operation.path("summary").asText().isBlank()) {
                incomplete.add(where + ": no summary");
            }
            List<String> statuses = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                incomplete.add(where + ": no 2xx answer");
            }
            for (String status : statuses) {
                JsonNode response = operation.path("responses").path(status);
                if ((status.startsWith("4") || status.startsWith("5"))
                        && !"#/components/schemas/Problem".equals(
                                response.path("content").path("application/problem+json").path("schema").path("$ref").asText())) {
                    incomplete.add(where + ": error " + status + " is not application/problem+json with the Problem schema");
                }
            }
            if (!statuses.contains("400") || !statuses.contains("429")) {
                incomplete.add(where + ": 400 or 429 undocumented " + statuses);
            }
        });

        assertThat(incomplete, empty());
        assertThat(operationIds.size(), is(countOperations(document)));
    }

    @Test
    void onlyCertificateVerificationIsOpenWithoutAToken() {
        List<String> wrong = new ArrayList<>();
        JsonNode eitherScheme = JSON.createArrayNode()
                .add(JSON.createObjectNode().set("bearer", JSON.createArrayNode()))
                .add(JSON.createObjectNode().set("keycloak", JSON.createArrayNode()));

        forEachOperation(document, (where, operation) -> {
            JsonNode security = operation.path("security");
            boolean open = security.isArray() && security.isEmpty();
            if (open != where.path().startsWith(PUBLIC_PREFIX)) {
                wrong.add(where + (open ? " is open" : " needs a token"));
            }
            if (!open && !security.equals(eitherScheme)) {
                wrong.add(where + " has security " + security);
            }
            List<String> statuses = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(statuses::add);
            if (!open && !statuses.containsAll(List.of("401", "403"))) {
                wrong.add(where + " does not document 401 and 403: " + statuses);
            }
        });

        assertThat(wrong, empty());
        assertThat(document.path("paths").path(PUBLIC_PREFIX + "verifications").path("post").path("security").isEmpty(), is(true));
    }

    @Test
    void theSecuritySchemesAreTheRealmsBearerTokenAndItsAuthorizationCodeFlow() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asText(), equalTo("http"));
        assertThat(schemes.path("bearer").path("scheme").asText(), equalTo("bearer"));
        assertThat(schemes.path("bearer").path("bearerFormat").asText(), equalTo("JWT"));

        JsonNode flow = schemes.path("keycloak").path("flows").path("authorizationCode");
        assertThat(schemes.path("keycloak").path("type").asText(), equalTo("oauth2"));
        // The identity provider this gateway trusts, as configured when it starts (here the test realm, not the build's).
        assertThat(flow.path("authorizationUrl").asText(), equalTo(trimmed(realm) + "/protocol/openid-connect/auth"));
        assertThat(flow.path("tokenUrl").asText(), equalTo(trimmed(realm) + "/protocol/openid-connect/token"));
        assertThat(schemes.size(), is(2));
    }

    @Test
    void callsPassedToAServiceDocumentTheGatewaysOwnErrors() {
        List<String> missing = new ArrayList<>();
        forEachOperation(document, (where, operation) -> {
            if (!where.path().matches("/api/v1/(projects|scoring|certification)(/.*)?")) {
                return;
            }
            List<String> statuses = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(statuses::add);
            if (!statuses.containsAll(List.of("429", "502", "503", "504"))) {
                missing.add(where + " " + statuses);
            }
            if (operation.has("requestBody") && !statuses.contains("413")) {
                missing.add(where + " has a body but no 413");
            }
            if (!operation.path("responses").path("429").path("headers").has("Retry-After")) {
                missing.add(where + " 429 without Retry-After");
            }
        });

        assertThat(missing, empty());
    }

    @Test
    void swaggerUiShowsTheDocument() {
        given().when().get("/q/swagger-ui/")
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("swagger-ui"));
        given().when().get("/q/swagger-ui/index.html")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(containsString("/q/openapi"));
    }

    @Test
    void swaggerUiSignsInAsTheRealmsApiDocsClientWithPkce() {
        given().when().get("/q/swagger-ui/index.html")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(containsString("nyttiggjort-api-docs"))
                .body(matchesPattern("(?s).*usePkceWithAuthorizationCodeGrant['\"]?\\s*:\\s*true.*"));
    }

    private record Where(String method, String path) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static void forEachOperation(JsonNode openApi, BiConsumer<Where, JsonNode> action) {
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    action.accept(new Where(entry.getKey(), path.getKey()), entry.getValue());
                }
            });
        }
    }

    private static int countOperations(JsonNode openApi) {
        List<Where> all = new ArrayList<>();
        forEachOperation(openApi, (where, operation) -> all.add(where));
        return all.size();
    }

    /** The service's own document as its build stored it, copied into the gateway by gateway/pom.xml. */
    private static JsonNode serviceDocument(String service) {
        String resource = "openapi/services/" + service + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertThat(resource + " is missing: build " + service + " before the gateway (the root pom's module order)",
                    in != null, is(true));
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
