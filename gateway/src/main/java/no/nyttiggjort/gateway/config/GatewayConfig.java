package no.nyttiggjort.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The route table. Every key is declared in application.properties so that the launcher can
 * override an upstream with an environment variable such as GATEWAY_ROUTES_PROJECTS_UPSTREAM.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Routes by name (the name appears in problem details, logs and health checks). */
    Map<String, Route> routes();

    /** How long a readiness probe waits for an upstream's own readiness answer. */
    @WithDefault("2s")
    Duration healthTimeout();

    interface Route {

        /** A path prefix under /api/v1/, matched at segment boundaries; the longest match wins. */
        String prefix();

        /** Scheme, host and port only: paths are passed through unchanged. */
        URI upstream();

        /** The longest the upstream may stay silent before the caller gets a 504. */
        @WithDefault("10s")
        Duration timeout();

        /** Also bounds the wait for a free pooled connection. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Keep-alive connections kept to this upstream. */
        @WithDefault("64")
        int maxConnections();
    }
}
