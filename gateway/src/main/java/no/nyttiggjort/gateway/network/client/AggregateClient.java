package no.nyttiggjort.gateway.network.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.nyttiggjort.common.web.RequestIds;
import no.nyttiggjort.gateway.config.InstanceAddresses;
import no.nyttiggjort.gateway.network.config.NetworkOverviewConfig;

/**
 * Reads one service's aggregates for the caller. A GET is safe to repeat, so an instance that fails is
 * followed by the next one (starting from a different instance each time, and with one try more than there
 * are instances) until one answers or the part's time is up. A refusal (4xx) is the same at every instance
 * and is not tried again.
 */
@Singleton
public class AggregateClient {

    private final HttpClient http;
    private final Map<AggregateSource, List<URI>> instances = new EnumMap<>(AggregateSource.class);
    private final Duration timeout;
    private final AtomicInteger rotation = new AtomicInteger();

    public AggregateClient(NetworkOverviewConfig config, Vertx vertx) {
        instances.put(AggregateSource.PROJECTS, checked("projects", config.upstreams().projects()));
        instances.put(AggregateSource.SCORES, checked("scoring", config.upstreams().scoring()));
        instances.put(AggregateSource.CERTIFICATION, checked("certification", config.upstreams().certification()));
        this.timeout = config.timeout();
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis())),
                new PoolOptions().setHttp1MaxSize(config.maxConnections()));
    }

    /** Fails startup on an address the overview could never call, rather than reporting the part unavailable forever. */
    private static List<URI> checked(String name, List<URI> urls) {
        return InstanceAddresses.require("gateway.network.upstreams." + name, urls);
    }

    /** The source's aggregates as JSON, sent with the caller's Authorization and request id. */
    public Uni<Buffer> fetch(AggregateSource source, String authorization, String requestId) {
        List<URI> urls = instances.get(source);
        int first = Math.floorMod(rotation.getAndIncrement(), urls.size());
        long deadline = System.nanoTime() + timeout.toNanos();
        return attempt(source, urls, first, 0, deadline, authorization, requestId)
                .ifNoItem().after(timeout)
                .failWith(() -> new AggregateUnavailable("no answer within " + timeout.toMillis() + " ms"));
    }

    private Uni<Buffer> attempt(AggregateSource source, List<URI> urls, int first, int tried, long deadline,
            String authorization, String requestId) {
        URI url = urls.get((first + tried) % urls.size());
        long remaining = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        return Uni.createFrom().completionStage(() -> get(url, source.path(), remaining, authorization, requestId)
                        .toCompletionStage())
                // Each instance once, plus one more try: a pooled connection the service has just closed fails
                // a request that a new connection would carry.
                .onFailure(failure -> !(failure instanceof Refused) && tried < urls.size()
                        && System.nanoTime() < deadline)
                .recoverWithUni(() -> attempt(source, urls, first, tried + 1, deadline, authorization, requestId))
                .onFailure().transform(failure -> failure instanceof AggregateUnavailable ? failure
                        : new AggregateUnavailable(url + ": " + describe(failure)));
    }

    private Future<Buffer> get(URI url, String path, long timeoutMillis, String authorization, String requestId) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(url.getHost())
                .setPort(url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80)
                .setSsl("https".equals(url.getScheme()))
                .setURI(path)
                // Bounds the wait for a pooled connection as well as for the answer.
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .putHeader(RequestIds.HEADER, requestId);
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return http.request(options)
                .compose(request -> request.send())
                // Reading the body, whatever the status, returns the connection to the pool.
                .compose(response -> response.body().compose(body -> {
                    int status = response.statusCode();
                    if (status == 200) {
                        return Future.succeededFuture(body);
                    }
                    String answer = url + " answered " + status;
                    return Future.failedFuture(status >= 400 && status < 500 ? new Refused(answer) : new AggregateUnavailable(answer));
                }));
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    /** The service refused the call (401, 403, 404 ...): every instance would. */
    static final class Refused extends AggregateUnavailable {

        Refused(String message) {
            super(message);
        }
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
