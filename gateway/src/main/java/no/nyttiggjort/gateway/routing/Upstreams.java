package no.nyttiggjort.gateway.routing;

import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.nyttiggjort.gateway.config.GatewayConfig;

/** The route table, longest prefix first, each route with its instances and connection pool on Quarkus' Vert.x. */
@Singleton
public class Upstreams {

    private final List<Upstream> all;

    public Upstreams(GatewayConfig config, Vertx vertx) {
        this.all = config.routes().entrySet().stream()
                .map(route -> Upstream.create(route.getKey(), route.getValue(), vertx))
                .sorted(Comparator.comparingInt((Upstream u) -> u.prefix().length()).reversed()
                        .thenComparing(Upstream::name))
                .toList();
        long distinct = all.stream().map(Upstream::prefix).distinct().count();
        if (distinct != all.size()) {
            throw new IllegalStateException("Two gateway.routes share a prefix; each prefix must name one upstream");
        }
    }

    public Optional<Upstream> forPath(String path) {
        return all.stream().filter(upstream -> upstream.serves(path)).findFirst();
    }

    public List<Upstream> all() {
        return all;
    }

    @PreDestroy
    void close() {
        all.forEach(Upstream::close);
    }
}
