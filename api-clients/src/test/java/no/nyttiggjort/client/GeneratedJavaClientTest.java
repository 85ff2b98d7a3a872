package no.nyttiggjort.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import no.nyttiggjort.client.api.ProjectsApi;
import no.nyttiggjort.client.api.VerificationApi;
import no.nyttiggjort.client.model.Problem;
import no.nyttiggjort.client.model.Project;
import no.nyttiggjort.client.model.ProjectRequest;
import no.nyttiggjort.client.model.ProjectStep;
import no.nyttiggjort.client.model.Sector;
import no.nyttiggjort.client.model.Verification;
import no.nyttiggjort.client.model.VerificationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from the gateway's document, used as an integrator would, against a stand-in
 * HTTP server on loopback: the paths, headers, bodies and types it sends and reads are the API's.
 */
class GeneratedJavaClientTest {

    private record Seen(String method, String path, String authorization, String ifMatch, String body) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String contentType;
    private volatile String answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("If-Match"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private void willAnswer(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.answer = body;
    }

    @Test
    void readsAProjectAtItsGatewayPathWithTypedFields() throws ApiException {
        UUID id = UUID.randomUUID();
        willAnswer(200, "application/json", """
                {"id":"%s","municipality":"3053","title":"Aktivitetsplikt","sector":"NAV_SOSIAL","step":"REALISE",
                 "createdAt":"2026-01-05T08:00:00Z","version":7,"someFieldAddedLater":true}""".formatted(id));

        Project project = new ProjectsApi(client("kari-token")).getProject(id);

        assertEquals(id, project.getId());
        assertEquals(ProjectStep.REALISE, project.getStep());
        assertEquals(Sector.NAV_SOSIAL, project.getSector());
        assertEquals(2026, project.getCreatedAt().getYear());
        assertEquals(7L, project.getVersion());
        assertEquals(List.of(new Seen("GET", "/api/v1/projects/" + id, "Bearer kari-token", null, "")), seen);
    }

    @Test
    void createsAProjectWithAJsonBody() throws Exception {
        willAnswer(201, "application/json", "{\"id\":\"" + UUID.randomUUID() + "\",\"title\":\"Digital postkasse\"}");

        Project created = new ProjectsApi(client("kari-token"))
                .createProject(new ProjectRequest().title("Digital postkasse").sector(Sector.ADMINISTRASJON));

        assertEquals("Digital postkasse", created.getTitle());
        JsonNode sent = ApiClient.createDefaultObjectMapper().readTree(seen.get(0).body());
        assertEquals("POST", seen.get(0).method());
        assertEquals("/api/v1/projects", seen.get(0).path());
        assertEquals("Digital postkasse", sent.get("title").asText());
        assertEquals("ADMINISTRASJON", sent.get("sector").asText());
    }

    @Test
    void sendsTheEtagItReadAsIfMatch() throws ApiException {
        UUID id = UUID.randomUUID();
        willAnswer(200, "application/json", "{\"id\":\"" + id + "\",\"status\":\"ARCHIVED\"}");

        new ProjectsApi(client("kari-token")).archiveProject(id, "\"7\"");

        assertEquals("/api/v1/projects/" + id + "/archive", seen.get(0).path());
        assertEquals("\"7\"", seen.get(0).ifMatch());
    }

    @Test
    void aProblemAnswerIsAnApiExceptionCarryingTheProblem() throws Exception {
        willAnswer(412, "application/problem+json", """
                {"type":"https://nyttiggjort.no/problems/stale","title":"Precondition failed","status":412,
                 "detail":"The project changed since it was read","instance":"/api/v1/projects/x/archive","requestId":"r-1"}""");
        ProjectsApi projects = new ProjectsApi(client("kari-token"));

        ApiException thrown = assertThrows(ApiException.class, () -> projects.archiveProject(UUID.randomUUID(), "\"6\""));

        assertEquals(412, thrown.getCode());
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(thrown.getResponseBody(), Problem.class);
        assertEquals(412, problem.getStatus());
        assertEquals("r-1", problem.getRequestId());
    }

    @Test
    void verifiesACertificateWithoutAToken() throws ApiException {
        UUID id = UUID.randomUUID();
        willAnswer(200, "application/json", "{\"status\":\"VALID\",\"certificateId\":\"" + id + "\",\"holder\":\"Ola Hansen\"}");

        Verification verdict = new VerificationApi(client(null)).verifyCertificateById(id);

        assertEquals(VerificationStatus.VALID, verdict.getStatus());
        assertEquals("/api/v1/certification/public/certificates/" + id + "/verification", seen.get(0).path());
        assertNull(seen.get(0).authorization());
    }
}
