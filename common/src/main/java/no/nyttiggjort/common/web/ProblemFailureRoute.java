package no.nyttiggjort.common.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;
import org.jboss.logging.Logger;

/**
 * Answers failures that happen outside Quarkus REST (token checks, unknown paths) in the same
 * problem+json shape as everything else, instead of Vert.x's empty or HTML bodies.
 */
@ApplicationScoped
public class ProblemFailureRoute {

    private static final Logger LOG = Logger.getLogger(ProblemFailureRoute.class);
    private static final Map<String, String> BEARER_CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
        // Runs only when no other route answered: an unknown path.
        router.route().order(Integer.MAX_VALUE).handler(rc -> write(rc, 404, "No resource at this path", Map.of()));
    }

    private void onFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationRedirectException) {
            rc.next();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            write(rc, 401, "A valid bearer token is required", BEARER_CHALLENGE);
        } else if (failure instanceof OIDCException) {
            // The token could not be checked because the identity provider is unreachable: not the caller's fault.
            LOG.warnf("Token check impossible on %s: %s", rc.request().path(), failure.getMessage());
            write(rc, 503, "Tokens cannot be checked right now; try again shortly", Map.of("Retry-After", "5"));
        } else if (failure instanceof ForbiddenException) {
            write(rc, 403, "Your roles do not allow this operation", Map.of());
        } else if (failure == null && rc.statusCode() > 0 && rc.statusCode() < 500) {
            write(rc, rc.statusCode(), Problems.title(rc.statusCode()), Map.of());
        } else {
            if (failure != null) {
                LOG.errorf(failure, "Unhandled failure on %s %s", rc.request().method(), rc.request().path());
            }
            int status = rc.statusCode() >= 500 ? rc.statusCode() : 500;
            write(rc, status, "The request could not be completed; quote the request id when reporting it", Map.of());
        }
    }

    private static void write(RoutingContext rc, int status, String detail, Map<String, String> headers) {
        String requestId = RequestIds.ensure(rc.request());
        Problem problem = Problems.of(status, detail).withContext(rc.request().path(), requestId);
        rc.response().headers().set(RequestIds.HEADER, requestId);
        Problems.write(rc.response(), problem, headers);
    }
}
