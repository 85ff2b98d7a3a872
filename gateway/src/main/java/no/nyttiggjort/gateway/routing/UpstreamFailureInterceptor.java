package no.nyttiggjort.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;
import no.nyttiggjort.common.web.RequestIds;
import org.jboss.logging.Logger;

/**
 * Answers a failed upstream call with a problem+json body. Without it the proxy answers every
 * failure with a bare 502, and a caller could not tell "down" from "slow" from "broken".
 *
 * <p>The failure is recovered on the future of {@link ProxyContext#sendRequest()}, which fails
 * before any byte of an upstream response has been relayed, so the problem is always a whole answer.
 */
final class UpstreamFailureInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailureInterceptor.class);

    private final Upstream upstream;

    UpstreamFailureInterceptor(Upstream upstream) {
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        int status = statusFor(failure);
        LOG.warnf("%s upstream %s failed, answering %d: %s", upstream.name(), upstream.url(), status, failure.toString());
        var request = context.request().proxiedRequest();
        Problem problem = Problems.of(status, detailFor(status))
                .withContext(request.path(), RequestIds.ensure(request));
        // release() drains what is left of the caller's body and forgets the upstream's headers.
        return context.request().release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(Problems.toJson(problem))));
    }

    /**
     * Refused, unreachable or unknown host (netty's connect timeout is a ConnectException too): the
     * service is down, 503. Silent beyond the route's timeout, or no pooled connection freed in time: 504.
     * Anything else (reset, closed mid-answer, malformed response): 502.
     */
    static int statusFor(Throwable failure) {
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException) {
            return 503;
        }
        if (failure instanceof TimeoutException) {
            return 504;
        }
        return 502;
    }

    private String detailFor(int status) {
        return switch (status) {
            case 503 -> "The " + upstream.name() + " service is not reachable; try again shortly";
            case 504 -> "The " + upstream.name() + " service did not answer within " + upstream.timeout().toMillis() + " ms";
            default -> "The " + upstream.name() + " service gave no usable answer";
        };
    }
}
