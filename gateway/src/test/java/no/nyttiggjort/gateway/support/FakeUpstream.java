package no.nyttiggjort.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A stand-in for a service behind the gateway: a plain Vert.x server on the port the test profile
 * routes to, echoing what reached it. Query parameters steer it: {@code status} sets the answer's
 * status, {@code delayMs} holds the answer back, {@code abort} drops the connection unanswered.
 */
public final class FakeUpstream implements AutoCloseable {

    private final String name;
    private final int port;
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private FakeUpstream(String name, int port) {
        this.name = name;
        this.port = port;
    }

    /** The fake for a route of the test profile, listening on that route's upstream port. */
    public static FakeUpstream forRoute(String route) {
        URI url = URI.create(ConfigProvider.getConfig().getValue("gateway.routes." + route + ".upstream", String.class));
        return new FakeUpstream(route, url.getPort()).start();
    }

    public FakeUpstream start() {
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(this::handle);
        await(server.listen().mapEmpty());
        return this;
    }

    /** Closing the server also closes the gateway's pooled keep-alive connections to it. */
    public void stop() {
        if (server != null) {
            await(server.close());
            server = null;
        }
    }

    /** Whether a request with this path (query excluded) reached the fake. */
    public boolean received(String path) {
        return received.contains(path);
    }

    @Override
    public void close() {
        stop();
        await(vertx.close());
    }

    private void handle(HttpServerRequest request) {
        received.add(request.path());
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (request.getParam("abort") != null) {
            request.connection().close();
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("upstream", name)
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("contentType", request.getHeader("Content-Type"))
                    .put("body", body.toString())
                    .put("clientPort", request.remoteAddress().port());
            long delay = Long.parseLong(param(request, "delayMs", "0"));
            Runnable answer = () -> request.response()
                    .setStatusCode(Integer.parseInt(param(request, "status", "200")))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", name)
                    .end(echo.encode());
            if (delay > 0) {
                vertx.setTimer(delay, id -> answer.run());
            } else {
                answer.run();
            }
        });
    }

    private static String param(HttpServerRequest request, String name, String fallback) {
        String value = request.getParam(name);
        return value == null ? fallback : value;
    }

    private static void await(io.vertx.core.Future<Void> future) {
        future.toCompletionStage().toCompletableFuture().join();
    }
}
