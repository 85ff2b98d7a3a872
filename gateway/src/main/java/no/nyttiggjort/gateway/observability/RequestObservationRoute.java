package no.nyttiggjort.gateway.observability;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.nyttiggjort.common.web.RequestIds;
import no.nyttiggjort.gateway.web.Callers;
import no.nyttiggjort.gateway.web.RouteNames;

/**
 * Times every /api request and, when its answer has gone out, writes the access log line and the
 * metrics; hands the caller's trace context over to the gateway's own span.
 */
@ApplicationScoped
public class RequestObservationRoute {

    /**
     * Before CORS (-300), the body-size check and security (-200), so that refused preflights, 413s,
     * 401s and 429s are logged and counted like any other answer.
     */
    static final int ORDER = -1000;

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    private static final String BAGGAGE = "baggage";

    void install(@Observes Router router, RouteNames routes, GatewayMetrics metrics) {
        router.route("/api/*").order(ORDER).handler(rc -> {
            long start = System.nanoTime();
            handOverTraceContext(rc);
            rc.addEndHandler(result -> {
                long nanos = System.nanoTime() - start;
                int status = result.succeeded() ? rc.response().getStatusCode() : -1;
                String route = routes.of(rc);
                String method = rc.request().method().name();
                metrics.requestDone(route, method, status, nanos);
                if (AccessLog.enabled()) {
                    AccessLog.write(new AccessLog.Entry(requestId(rc), Callers.label(rc), route, method,
                            rc.request().path(), status, nanos));
                }
            });
            rc.next();
        });
    }

    /**
     * OpenTelemetry has read the caller's trace context into the gateway's server span as the request
     * arrived, and the gateway's client span sends it on to the service as its own traceparent (same
     * trace, the gateway's span as parent; baggage included). The caller's headers must not be forwarded
     * beside it, or the service would see two traceparents.
     */
    private static void handOverTraceContext(RoutingContext rc) {
        rc.request().headers().remove(TRACEPARENT).remove(TRACESTATE).remove(BAGGAGE);
    }

    private static String requestId(RoutingContext rc) {
        String answered = rc.response().headers().get(RequestIds.HEADER);
        return answered != null ? answered : RequestIds.ensure(rc.request());
    }
}
