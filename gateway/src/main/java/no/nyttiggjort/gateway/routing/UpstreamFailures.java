package no.nyttiggjort.gateway.routing;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;

/**
 * What the caller is told when no instance gave an answer. Without this a caller could not tell
 * "down" from "slow" from "broken".
 */
final class UpstreamFailures {

    private UpstreamFailures() {
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

    static Problem problem(Upstream upstream, int status) {
        return Problems.of(status, switch (status) {
            case 503 -> "The " + upstream.name() + " service is not reachable; try again shortly";
            case 504 -> "The " + upstream.name() + " service did not answer within " + upstream.timeout().toMillis() + " ms";
            default -> "The " + upstream.name() + " service gave no usable answer";
        });
    }
}
