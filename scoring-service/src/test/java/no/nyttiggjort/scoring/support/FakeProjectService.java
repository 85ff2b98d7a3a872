package no.nyttiggjort.scoring.support;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A stand-in for project-service: answers GET /api/v1/projects/{id} the way the real one does
 * (200 for a project of the token's municipality, 404 otherwise) for projects a test registered.
 * Tests can make it fail with 500, answer too slowly, or stop listening altogether.
 */
public final class FakeProjectService {

    public enum Mode { HEALTHY, FAILING, SLOW }

    private record Project(String municipality, String title) {
    }

    private static FakeProjectService instance;

    private final int port;
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final Map<UUID, Project> projects = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private volatile Mode mode = Mode.HEALTHY;
    private HttpServer server;

    private FakeProjectService(int port) {
        this.port = port;
    }

    /** The one fake of this test run, listening and healthy. */
    public static synchronized FakeProjectService get() {
        if (instance == null) {
            URI url = URI.create(ConfigProvider.getConfig().getValue(FakeProjectServiceResource.URL_PROPERTY, String.class));
            instance = new FakeProjectService(url.getPort());
        }
        instance.start();
        instance.mode = Mode.HEALTHY;
        return instance;
    }

    public UUID register(String municipality, String title) {
        UUID id = UUID.randomUUID();
        projects.put(id, new Project(municipality, title));
        return id;
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public int requests() {
        return requests.get();
    }

    public String lastAuthorization() {
        return lastAuthorization.get();
    }

    public synchronized void start() {
        if (server == null) {
            server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)).requestHandler(this::handle);
            server.listen().toCompletionStage().toCompletableFuture().join();
        }
    }

    /** Closing the server also closes the service's pooled connections to it: the next call is refused. */
    public synchronized void stop() {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().join();
            server = null;
        }
    }

    private void handle(HttpServerRequest request) {
        requests.incrementAndGet();
        lastAuthorization.set(request.getHeader("Authorization"));
        switch (mode) {
            case FAILING -> request.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":500}");
            case SLOW -> vertx.setTimer(3000, t -> answer(request));
            default -> answer(request);
        }
    }

    private void answer(HttpServerRequest request) {
        String prefix = "/api/v1/projects/";
        Project project = null;
        UUID id = null;
        if (request.path().startsWith(prefix)) {
            try {
                id = UUID.fromString(request.path().substring(prefix.length()));
                project = projects.get(id);
            } catch (IllegalArgumentException e) {
                project = null;
            }
        }
        String municipality = municipalityOf(request.getHeader("Authorization"));
        if (project == null || !project.municipality().equals(municipality)) {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":404,\"title\":\"Not found\"}");
            return;
        }
        JsonObject body = new JsonObject().put("id", id.toString()).put("municipality", project.municipality())
                .put("title", project.title()).put("sector", "ANNET").put("status", "ACTIVE").put("version", 0);
        request.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    /** The fake trusts the token: the real service verified it, and so did the scoring service before calling. */
    private static String municipalityOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return new JsonObject(payload).getString("municipality");
    }
}
