package no.nyttiggjort.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.nyttiggjort.gateway.config.GatewayConfig;
import no.nyttiggjort.gateway.config.InstanceAddresses;

/**
 * One configured route: the prefix it serves, the instances of the service behind it, and the pooled
 * client that reaches them (Vert.x keeps a separate pool per host and port, so per instance).
 */
public final class Upstream {

    private static final String API_ROOT = "/api/v1/";

    private final String name;
    private final String prefix;
    private final List<Instance> instances;
    private final Balancer balancer;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final int maxRetries;
    private final long retryBodyLimit;
    private final Duration openDelay;
    private final HttpClient client;

    private Upstream(String name, GatewayConfig.Route route, List<Instance> instances, HttpClient client) {
        this.name = name;
        this.prefix = route.prefix();
        this.instances = instances;
        this.balancer = new Balancer(instances);
        this.timeout = route.timeout();
        this.connectTimeout = route.connectTimeout();
        this.maxRetries = route.maxRetries();
        this.retryBodyLimit = route.retryBodyLimit().asLongValue();
        this.openDelay = route.circuitBreaker().openDelay();
        this.client = client;
    }

    /** Fails startup on a route that would be unsafe or ambiguous, rather than misrouting later. */
    static Upstream create(String name, GatewayConfig.Route route, Vertx vertx) {
        String prefix = route.prefix();
        // Only /api/ is behind the authenticated policy, so a prefix elsewhere would be an open door.
        if (!prefix.startsWith(API_ROOT) || prefix.length() == API_ROOT.length() || prefix.endsWith("/")) {
            throw new IllegalStateException("gateway.routes." + name + ".prefix must be a path under " + API_ROOT
                    + " without a trailing slash, was " + prefix);
        }
        List<URI> urls = InstanceAddresses.require("gateway.routes." + name + ".upstream", route.upstream());
        Set<String> seen = new HashSet<>();
        for (URI url : urls) {
            if (!seen.add(url.getScheme() + "://" + url.getHost() + ":" + url.getPort())) {
                throw new IllegalStateException("gateway.routes." + name + ".upstream lists " + url + " twice");
            }
        }
        if (route.maxRetries() < 0) {
            throw new IllegalStateException("gateway.routes." + name + ".max-retries must not be negative");
        }
        if (route.circuitBreaker().failureThreshold() < 1) {
            throw new IllegalStateException("gateway.routes." + name + ".circuit-breaker.failure-threshold must be at least 1");
        }
        List<Instance> instances = urls.stream()
                .map(url -> new Instance(name, url, route.circuitBreaker(), vertx))
                .toList();
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout((int) route.connectTimeout().toMillis());
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(route.maxConnections());
        return new Upstream(name, route, instances, vertx.createHttpClient(options, pool));
    }

    /** The prefix itself, or the prefix followed by a new segment or a query; "/projectsX" is not "/projects". */
    boolean serves(String path) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (path.length() == prefix.length()) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '/' || next == '?';
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public List<Instance> instances() {
        return instances;
    }

    Balancer balancer() {
        return balancer;
    }

    public Duration timeout() {
        return timeout;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    int maxRetries() {
        return maxRetries;
    }

    long retryBodyLimit() {
        return retryBodyLimit;
    }

    /** How long a caller should wait before trying again when every instance's breaker is open. */
    Duration openDelay() {
        return openDelay;
    }

    public HttpClient client() {
        return client;
    }

    void close() {
        instances.forEach(Instance::close);
        client.close();
    }
}
