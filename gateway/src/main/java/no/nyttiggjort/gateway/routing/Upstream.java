package no.nyttiggjort.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import no.nyttiggjort.gateway.config.GatewayConfig;

/** One configured route: the prefix it serves and the pooled client that reaches its service. */
public final class Upstream {

    private static final String API_ROOT = "/api/v1/";

    private final String name;
    private final String prefix;
    private final URI url;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final HttpClient client;

    private Upstream(String name, GatewayConfig.Route route, HttpClient client) {
        this.name = name;
        this.prefix = route.prefix();
        this.url = route.upstream();
        this.timeout = route.timeout();
        this.connectTimeout = route.connectTimeout();
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
        URI url = route.upstream();
        boolean schemeOk = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
        boolean pathless = url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/");
        if (!schemeOk || url.getHost() == null || !pathless || url.getRawQuery() != null) {
            throw new IllegalStateException("gateway.routes." + name + ".upstream must be http(s)://host[:port], was " + url);
        }
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout((int) route.connectTimeout().toMillis());
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(route.maxConnections());
        return new Upstream(name, route, vertx.createHttpClient(options, pool));
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

    /**
     * Where a request goes and how long it may wait: a fresh object per request, as the client keeps
     * a reference while the request runs. The request's connect timeout bounds the wait for a pooled
     * connection (unbounded by default; the client's own one bounds only the TCP connect). The idle
     * timeout fails the request when the upstream sends nothing for that long, before or during its answer.
     */
    public RequestOptions request() {
        return new RequestOptions()
                .setHost(url.getHost())
                .setPort(port())
                .setSsl("https".equals(url.getScheme()))
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
    }

    private int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public URI url() {
        return url;
    }

    public Duration timeout() {
        return timeout;
    }

    public HttpClient client() {
        return client;
    }
}
