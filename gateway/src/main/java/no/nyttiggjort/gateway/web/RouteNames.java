package no.nyttiggjort.gateway.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.TreeSet;
import no.nyttiggjort.gateway.routing.Upstream;
import no.nyttiggjort.gateway.routing.Upstreams;

/**
 * The name of the route a request belongs to: a configured upstream route, the gateway's own
 * network overview, or "unrouted". Metrics, rate limits and the access log use this name rather
 * than the path, so their series and buckets stay bounded whatever paths callers make up.
 */
@Singleton
public class RouteNames {

    /** Served by the gateway itself, composed from the services' aggregates. */
    public static final String NETWORK = "network";
    /** An /api path no route serves (answered 404). */
    public static final String UNROUTED = "unrouted";

    private static final String NETWORK_PREFIX = "/api/v1/network";
    private static final String KEY = RouteNames.class.getName();

    private final Upstreams upstreams;

    public RouteNames(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    /** The route of this request, worked out once per request and remembered on its context. */
    public String of(RoutingContext rc) {
        String name = rc.get(KEY);
        if (name == null) {
            name = forPath(rc.request().path());
            rc.put(KEY, name);
        }
        return name;
    }

    public String forPath(String path) {
        if (path.equals(NETWORK_PREFIX) || path.startsWith(NETWORK_PREFIX + "/")) {
            return NETWORK;
        }
        return upstreams.forPath(path).map(Upstream::name).orElse(UNROUTED);
    }

    /** Every name {@link #forPath} can answer. */
    public Set<String> all() {
        Set<String> names = new TreeSet<>();
        upstreams.all().forEach(upstream -> names.add(upstream.name()));
        names.add(NETWORK);
        names.add(UNROUTED);
        return names;
    }
}
