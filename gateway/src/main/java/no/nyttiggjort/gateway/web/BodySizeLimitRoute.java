package no.nyttiggjort.gateway.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;
import no.nyttiggjort.common.web.RequestIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds /api request bodies to quarkus.http.limits.max-body-size, answering 413 problems:
 * <ul>
 * <li>a declared Content-Length above the limit is refused at once, before any of the body is read
 * (Quarkus checks it later too, at route order -2, but answers with an empty body);</li>
 * <li>a chunked body has no length to check, so it is read into memory up to the limit and refused as
 * soon as it goes beyond; a body within the limit then goes on as a whole (the proxy sends it with a
 * Content-Length). Quarkus leaves chunked bodies alone when no body handler is installed, so without
 * this an endless body would be streamed to a service.</li>
 * </ul>
 */
@ApplicationScoped
public class BodySizeLimitRoute {

    /**
     * After CORS (-300), so that a browser may read the refusal; before authentication (-200), so that
     * an oversized request costs no token check.
     */
    static final int DECLARED_LENGTH_ORDER = -250;

    /**
     * After authentication, authorization and rate limiting, so that only a caller allowed to send
     * anything gets a body held in memory.
     */
    static final int CHUNKED_BODY_ORDER = -5;

    private final long maxBodySize;
    private final BodyHandler chunkedBodies;

    public BodySizeLimitRoute(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(DECLARED_LENGTH_ORDER).handler(rc -> {
            if (declaredLength(rc) > maxBodySize) {
                refuse(rc);
            } else {
                rc.next();
            }
        });
        router.route("/api/*").order(CHUNKED_BODY_ORDER).handler(rc -> {
            if (declaredLength(rc) < 0 && chunked(rc)) {
                // The body handler answers 413 through the failure handler (a problem) and then drains the
                // rest of the body; closing the connection instead spares reading what nobody wants.
                closeAfterRefusal(rc);
                chunkedBodies.handle(rc);
            } else {
                rc.next();
            }
        });
    }

    private static long declaredLength(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            // The HTTP codec refuses a malformed Content-Length before any route sees it.
            return -1;
        }
    }

    private static boolean chunked(RoutingContext rc) {
        String encoding = rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private void refuse(RoutingContext rc) {
        Problem problem = Problems.of(413, "The request body may be at most " + maxBodySize + " bytes")
                .withContext(rc.request().path(), RequestIds.ensure(rc.request()));
        closeAfterRefusal(rc);
        Problems.write(rc.response(), problem, http1(rc) ? Map.of("Connection", "close") : Map.of());
    }

    /** An HTTP/2 connection carries other callers' streams too, so only HTTP/1 connections are closed. */
    private static void closeAfterRefusal(RoutingContext rc) {
        if (http1(rc)) {
            rc.addEndHandler(ended -> {
                if (rc.response().getStatusCode() == 413) {
                    // The rest of the body is unwanted: its reader must not report the closed connection as a failure.
                    rc.request().exceptionHandler(closed -> { });
                    rc.request().connection().close();
                }
            });
        }
    }

    private static boolean http1(RoutingContext rc) {
        return rc.request().version() != HttpVersion.HTTP_2;
    }
}
