package no.nyttiggjort.gateway.network.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.Map;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;
import no.nyttiggjort.common.web.RequestIds;
import no.nyttiggjort.gateway.network.config.NetworkOverviewConfig;
import no.nyttiggjort.gateway.network.service.NetworkOverviewService;
import no.nyttiggjort.gateway.network.service.Snapshot;

/**
 * GET /api/v1/network/overview, served by the gateway itself. Quarkus has authenticated the caller and checked
 * the network-analyst role before this runs (quarkus.http.auth.permission.network-overview). The route is a
 * Vert.x route for the same reason the proxy is one: Quarkus REST matches after every such route, so a JAX-RS
 * resource under /api/v1 would never be reached past the proxy's /api/v1/* route.
 */
@ApplicationScoped
public class NetworkOverviewRoute {

    public static final String PATH = "/api/v1/network/overview";
    static final String PREFIX = "/api/v1/network";

    /**
     * Observed before the proxy route is installed (a lower priority number is notified first): routes without
     * an explicit order match in the order they were added, so /api/v1/network/* is ours, not the proxy's.
     */
    void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router, NetworkOverviewService overview,
            NetworkOverviewConfig config, Clock clock) {
        long retryAfter = Math.max(1, config.partialMaxAge().toSeconds());
        router.route(PREFIX + "/*").handler(rc -> {
            if (!rc.normalizedPath().equals(PATH)) {
                answer(rc, Problems.of(404, "No resource at this path"), Map.of());
                return;
            }
            if (rc.request().method() != HttpMethod.GET) {
                answer(rc, Problems.of(405, "This path supports GET only"), Map.of("Allow", "GET"));
                return;
            }
            var format = OverviewFormat.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT));
            if (format.isEmpty()) {
                answer(rc, Problems.of(406, "The network overview is available as application/json or text/csv"),
                        Map.of("Vary", "Accept"));
                return;
            }
            overview.current(rc.request().getHeader(HttpHeaders.AUTHORIZATION), RequestIds.ensure(rc.request()))
                    .subscribe().with(snapshot -> {
                        if (snapshot.overview().empty()) {
                            answer(rc, Problems.of(503, "None of the services behind the network overview answered;"
                                    + " try again shortly"), Map.of("Retry-After", Long.toString(retryAfter)));
                        } else {
                            send(rc, snapshot, format.get(), clock);
                        }
                    }, rc::fail);
        });
    }

    private static void send(RoutingContext rc, Snapshot snapshot, OverviewFormat format, Clock clock) {
        if (rc.response().ended()) {
            return;
        }
        byte[] body = format == OverviewFormat.CSV ? snapshot.csv() : snapshot.json();
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, format.contentType())
                // Network-wide numbers behind a login: caches shared between users must not keep them.
                .putHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=" + snapshot.secondsLeftAt(clock.instant()))
                .putHeader(HttpHeaders.VARY, "Accept")
                .end(Buffer.buffer(body));
    }

    private static void answer(RoutingContext rc, Problem problem, Map<String, String> headers) {
        Problems.write(rc.response(), problem.withContext(rc.request().path(), RequestIds.ensure(rc.request())), headers);
    }
}
