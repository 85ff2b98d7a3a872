package no.nyttiggjort.common.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every request an X-Request-Id before anything else sees it (security included), puts it in
 * the logging context and echoes it in the response.
 */
@ApplicationScoped
public class RequestIdRoute {

    void install(@Observes Router router) {
        // Same order as Quarkus's own header handlers, which is the first there is.
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(rc -> {
            String id = RequestIds.ensure(rc.request());
            MDC.put(RequestIds.MDC_KEY, id);
            rc.addHeadersEndHandler(v -> rc.response().headers().set(RequestIds.HEADER, id));
            rc.next();
        });
    }
}
