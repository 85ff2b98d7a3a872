package no.nyttiggjort.certification.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * project-service, scoring-service and the token endpoint as one small HTTP server on a free
 * loopback port. Tests set its answers over HTTP ({@code PUT /__fake/projects/{id}},
 * {@code PUT /__fake/scores/{id}}), so no state is shared across class loaders.
 */
public class FakeNeighboursResource implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "fake-service-token";

    private final Map<String, JsonObject> projects = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> scores = new ConcurrentHashMap<>();
    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The fake neighbours did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of(
                "quarkus.rest-client.project-service.url", url,
                "quarkus.rest-client.scoring-service.url", url,
                "quarkus.oidc-client.auth-server-url", url,
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/token",
                "fake-neighbours.url", url);
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        String[] parts = path.split("/");
        if (path.equals("/token") && request.method().name().equals("POST")) {
            json(request, 200, new JsonObject().put("access_token", SERVICE_TOKEN).put("token_type", "Bearer")
                    .put("expires_in", 300));
        } else if (path.startsWith("/__fake/projects/")) {
            request.body().onSuccess(b -> {
                projects.put(parts[3], b.toJsonObject());
                request.response().setStatusCode(204).end();
            });
        } else if (path.startsWith("/__fake/scores/")) {
            request.body().onSuccess(b -> {
                scores.put(parts[3], b.toJsonObject());
                request.response().setStatusCode(204).end();
            });
        } else if (path.startsWith("/api/v1/projects/") && parts.length == 5) {
            project(request, parts[4]);
        } else if (path.startsWith("/api/v1/scoring/projects/") && path.endsWith("/score")) {
            score(request, parts[5]);
        } else {
            json(request, 404, new JsonObject().put("status", 404));
        }
    }

    /** Like project-service: 200 only for a project of the caller's municipality, else 404. */
    private void project(HttpServerRequest request, String id) {
        JsonObject project = projects.get(id);
        if (project != null && project.getInteger("status", 200) != 200) {
            json(request, project.getInteger("status"), new JsonObject().put("status", project.getInteger("status")));
            return;
        }
        String municipality = municipalityOf(request.getHeader("Authorization"));
        if (project == null || !project.getString("municipality").equals(municipality)) {
            json(request, 404, new JsonObject().put("status", 404));
            return;
        }
        json(request, 200, new JsonObject().put("id", id).put("municipality", municipality)
                .put("title", project.getString("title")).put("sector", "PLAN"));
    }

    /** Like scoring-service, but only for this service's own token, so a test proves which token was sent. */
    private void score(HttpServerRequest request, String id) {
        if (!("Bearer " + SERVICE_TOKEN).equals(request.getHeader("Authorization"))) {
            json(request, 401, new JsonObject().put("status", 401));
            return;
        }
        JsonObject score = scores.get(id);
        if (score == null) {
            json(request, 404, new JsonObject().put("status", 404));
        } else if (score.getInteger("status", 200) != 200) {
            json(request, score.getInteger("status"), new JsonObject().put("status", score.getInteger("status")));
        } else {
            json(request, 200, new JsonObject().put("projectId", id).put("analysis", new JsonObject()
                    .put("score", new JsonObject().put("value", score.getDouble("percent") / 100)
                            .put("percent", score.getDouble("percent")))));
        }
    }

    private static String municipalityOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] jwt = authorization.substring(7).split("\\.");
        if (jwt.length < 2) {
            return null;
        }
        return new JsonObject(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8))
                .getString("municipality");
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
