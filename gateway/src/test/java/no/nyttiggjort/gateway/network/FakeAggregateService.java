package no.nyttiggjort.gateway.network;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service behind the gateway that serves its per-municipality aggregates as a test sets them, on the port
 * the test profile routes to, and records what reached it. It can be slow, fail, or hold its answer until the
 * other services have been asked too (which only a gateway asking them in parallel ever achieves).
 */
final class FakeAggregateService implements AutoCloseable {

    private final int port;
    private final String path;
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2));
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> requestIds = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{\"municipalities\":[]}";
    private volatile long delayMillis;
    private volatile CountDownLatch allAsked;
    private HttpServer server;

    private FakeAggregateService(int port, String path) {
        this.port = port;
        this.path = path;
    }

    /** The fake for a route of the test profile, serving its aggregates at {@code path}. */
    static FakeAggregateService forRoute(String route, String path) {
        String upstream = ConfigProvider.getConfig().getValue("gateway.routes." + route + ".upstream", String.class);
        return new FakeAggregateService(URI.create(upstream.split(",")[0].trim()).getPort(), path).start();
    }

    FakeAggregateService answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    FakeAggregateService delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Holds the answer until {@code latch} reaches zero (each fake counts it down when asked), for at most 1.5 s. */
    FakeAggregateService answerWhenAllAsked(CountDownLatch latch) {
        this.allAsked = latch;
        return this;
    }

    FakeAggregateService start() {
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)).requestHandler(this::handle);
        server.listen().toCompletionStage().toCompletableFuture().join();
        return this;
    }

    FakeAggregateService ensureStarted() {
        return server == null ? start() : this;
    }

    void stop() {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().join();
            server = null;
        }
    }

    /** Requests for the aggregates (health probes left out). */
    int requests() {
        return (int) paths.stream().filter(path::equals).count();
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    String lastAuthorization() {
        return authorizations.isEmpty() ? null : authorizations.get(authorizations.size() - 1);
    }

    String lastRequestId() {
        return requestIds.isEmpty() ? null : requestIds.get(requestIds.size() - 1);
    }

    @Override
    public void close() {
        stop();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private void handle(HttpServerRequest request) {
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        paths.add(request.path());
        authorizations.add(request.getHeader("Authorization"));
        requestIds.add(request.getHeader("X-Request-Id"));
        if (!request.path().equals(path)) {
            request.response().setStatusCode(404).end();
            return;
        }
        CountDownLatch latch = allAsked;
        int answerStatus = status;
        String answerBody = body;
        long delay = delayMillis;
        vertx.executeBlocking(() -> {
            if (latch != null) {
                latch.countDown();
                latch.await(1500, TimeUnit.MILLISECONDS);
            }
            if (delay > 0) {
                Thread.sleep(delay);
            }
            return null;
        }, false).onComplete(done -> request.response().setStatusCode(answerStatus)
                .putHeader("Content-Type", "application/json").end(answerBody));
    }
}
