package no.nyttiggjort.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.problem.Problems;
import no.nyttiggjort.common.web.RequestIds;

/**
 * Sends /api/v1 requests to the service that owns their prefix. It runs after Quarkus has
 * authenticated the caller (security handlers have negative route orders), and forwards the
 * request as it came: method, path, query, body, Authorization and X-Request-Id.
 */
@ApplicationScoped
public class ProxyRoute {

    void install(@Observes Router router, Upstreams upstreams) {
        router.route("/api/v1/*").handler(rc -> {
            // Routing and the security policy both look at the normalised path; forwarding a path
            // that normalises elsewhere would let the upstream see something other than what we checked.
            if (!rc.normalizedPath().equals(rc.request().path())) {
                answer(rc, ProblemException.invalidField("path", "must not contain dot segments or needless escapes")
                        .toProblem());
                return;
            }
            upstreams.forPath(rc.request().path()).ifPresentOrElse(
                    upstream -> ProxyExchange.forward(rc, upstream),
                    () -> answer(rc, Problems.of(404, "No service serves this path")));
        });
    }

    private static void answer(RoutingContext rc, Problem problem) {
        Problems.write(rc.response(), problem.withContext(rc.request().path(), RequestIds.ensure(rc.request())), Map.of());
    }
}
