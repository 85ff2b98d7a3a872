package no.nyttiggjort.gateway.network.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The network overview the gateway composes from the services' aggregates. The instances default to the
 * route table's (application.properties refers to gateway.routes.*.upstream), so the overview follows the
 * same services as the proxy without a second list to keep in step.
 */
@ConfigMapping(prefix = "gateway.network")
public interface NetworkOverviewConfig {

    /** How long a complete overview is served before it is composed again. */
    @WithDefault("10s")
    Duration maxAge();

    /** How long an overview with an unavailable part is served: shorter, so a recovered service shows soon. */
    @WithDefault("2s")
    Duration partialMaxAge();

    /** The longest one service may take to give its aggregates before its part is reported unavailable. */
    @WithDefault("2s")
    Duration timeout();

    /** Keep-alive connections kept to each instance. */
    @WithDefault("4")
    int maxConnections();

    Upstreams upstreams();

    /** The instances of each service, comma-separated http(s)://host[:port]; tried in turn until one answers. */
    interface Upstreams {

        List<URI> projects();

        List<URI> scoring();

        List<URI> certification();
    }
}
