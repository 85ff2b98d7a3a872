package no.nyttiggjort.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The route table. Every key is declared in application.properties so that the launcher can
 * override an upstream with an environment variable such as GATEWAY_ROUTES_PROJECTS_UPSTREAM.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Routes by name (the name appears in problem details, logs and health checks). */
    Map<String, Route> routes();

    /** How long a health probe (readiness or the periodic check) waits for an instance's own readiness answer. */
    @WithDefault("2s")
    Duration healthTimeout();

    /** How often every instance's /q/health/ready is asked; an instance that is not ready leaves the rotation. */
    @WithDefault("5s")
    Duration healthInterval();

    interface Route {

        /** A path prefix under /api/v1/, matched at segment boundaries; the longest match wins. */
        String prefix();

        /**
         * The instances of the service, comma-separated; scheme, host and port only: paths are passed
         * through unchanged. Requests are balanced over the healthy ones.
         */
        List<URI> upstream();

        /** The longest an instance may stay silent before the caller gets a 504. */
        @WithDefault("10s")
        Duration timeout();

        /** Also bounds the wait for a free pooled connection. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Keep-alive connections kept to each instance. */
        @WithDefault("64")
        int maxConnections();

        /**
         * How many other instances an idempotent request may be sent to after its first attempt failed
         * without an answer. POST and PATCH are never sent twice.
         */
        @WithDefault("2")
        int maxRetries();

        /**
         * A PUT or DELETE body up to this size is held in memory so that it can be sent again; a larger
         * one (or one without Content-Length) is streamed and the request gets one attempt.
         */
        @WithDefault("1M")
        MemorySize retryBodyLimit();

        CircuitBreaker circuitBreaker();
    }

    /** One breaker per instance: failing instances are skipped without a connection attempt. */
    interface CircuitBreaker {

        /** Failures (refused, reset, timed out) in a row, within 10 s, that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker skips its instance before one trial request may pass (half-open). */
        @WithDefault("5s")
        Duration openDelay();
    }
}
