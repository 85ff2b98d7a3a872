package no.nyttiggjort.gateway.ratelimit;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;
import no.nyttiggjort.common.web.RequestIds;
import no.nyttiggjort.gateway.observability.GatewayMetrics;
import no.nyttiggjort.gateway.ratelimit.RateLimiter.Verdict;
import no.nyttiggjort.gateway.web.Callers;
import no.nyttiggjort.gateway.web.RouteNames;

/**
 * Refuses a request with 429 when its caller has used up its bucket on the request's route, and
 * tells every caller how much it has left (RateLimit-Limit, RateLimit-Remaining).
 */
@ApplicationScoped
public class RateLimitRoute {

    /**
     * After Quarkus' authentication (-200) and authorization (-100) filters, so the token's subject is
     * known and a request refused for its token costs no tokens; before a chunked body is read
     * (BodySizeLimitRoute, -5) and before the proxy and the REST routes.
     */
    static final int ORDER = -10;

    public static final String LIMIT_HEADER = "RateLimit-Limit";
    public static final String REMAINING_HEADER = "RateLimit-Remaining";

    void install(@Observes Router router, RateLimitConfig config, RateLimiter limiter, RouteNames routes,
            GatewayMetrics metrics) {
        if (!config.enabled()) {
            return;
        }
        router.route("/api/*").order(ORDER).handler(rc -> {
            String route = routes.of(rc);
            Verdict verdict = limiter.take(route, Callers.subject(rc), Callers.clientAddress(rc));
            if (verdict.allowed()) {
                rc.addHeadersEndHandler(v -> rc.response().headers()
                        .set(LIMIT_HEADER, Long.toString(verdict.limit()))
                        .set(REMAINING_HEADER, Long.toString(verdict.remaining())));
                rc.next();
            } else {
                metrics.rateLimited(route);
                refuse(rc, verdict);
            }
        });
    }

    private static void refuse(RoutingContext rc, Verdict verdict) {
        String retryAfter = Long.toString(verdict.retryAfterSeconds());
        Problem problem = Problems.of(429, "Too many requests on this route; try again in " + retryAfter + " s")
                .withContext(rc.request().path(), RequestIds.ensure(rc.request()));
        Problems.write(rc.response(), problem, Map.of(
                "Retry-After", retryAfter,
                LIMIT_HEADER, Long.toString(verdict.limit()),
                REMAINING_HEADER, "0"));
    }
}
