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
 * A stand-in for one instance of a service behind the gateway: a plain Vert.x server on the port the
 * test profile routes to, echoing what reached it (and its own port, to tell instances apart). Query
 * parameters steer it: {@code status} sets the answer's status, {@code delayMs} holds the answer back,
 * {@code abort} drops the connection unanswered. {@link #mode} does the same for every API request,
 * and {@link #ready} sets what its /q/health/ready answers.
 */
public final class FakeUpstream implements AutoCloseable {

    /** How it treats every request except its readiness probe. */
    public enum Mode {
        /** Echo, as steered by the query. */
        SERVE,
        /** Close the connection without an answer, as a process that dies mid-request. */
        DROP,
        /** Never answer. */
        HANG
    }

    private final String name;
    private final int port;
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.SERVE;
    private volatile boolean ready = true;
    private HttpServer server;

    private FakeUpstream(String name, int port) {
        this.name = name;
        this.port = port;
    }

    /** The fake for a route of the test profile, listening on that route's (first) upstream port. */
    public static FakeUpstream forRoute(String route) {
        return forInstance(route, 0);
    }

    /** The fake for one instance of a route, listening on the port of the index-th upstream URL. */
    public static FakeUpstream forInstance(String route, int index) {
        String urls = ConfigProvider.getConfig().getValue("gateway.routes." + route + ".upstream", String.class);
        URI url = URI.create(urls.split(",")[index].trim());
        return new FakeUpstream(route, url.getPort()).start();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public boolean running() {
        return server != null;
    }

    public FakeUpstream mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    /** What /q/health/ready answers: 200 UP, or 503 DOWN. */
    public FakeUpstream ready(boolean ready) {
        this.ready = ready;
        return this;
    }

    /** How many requests with this path (query excluded) reached it. */
    public long hits(String path) {
        return received.stream().filter(path::equals).count();
    }

    /** Forgets what reached it so far. */
    public void clearHits() {
        received.clear();
    }

    public FakeUpstream start() {
        if (server != null) {
            return this;
        }
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
            request.response().setStatusCode(ready ? 200 : 503).putHeader("Content-Type", "application/json")
                    .end(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
            return;
        }
        if (mode == Mode.HANG) {
            return;
        }
        if (mode == Mode.DROP || request.getParam("abort") != null) {
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
                    .put("traceparent", String.join(",", request.headers().getAll("traceparent")))
                    .put("contentType", request.getHeader("Content-Type"))
                    .put("body", body.toString())
                    .put("clientPort", request.remoteAddress().port())
                    .put("instance", port);
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
