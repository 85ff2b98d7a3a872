package no.nyttiggjort.gateway.routing;

import io.vertx.core.http.HttpMethod;

/**
 * Which failed attempts may be sent again, to another instance. Only idempotent methods, and only
 * when the caller has not seen a byte of an answer yet:
 * <ul>
 * <li>GET, HEAD and OPTIONS change nothing, so any failure before the answer's headers may be retried
 * (refused, reset, a pooled connection the instance had closed), except the route's timeout: its
 * time budget is spent, and a second wait would double it.
 * <li>PUT and DELETE only when the request never reached the instance (no connection could be had).
 * They are idempotent in HTTP's sense, but once sent they may have been applied before the connection
 * broke: our services then answer a replay with 412 (the If-Match version moved on) or 404 (deleted),
 * telling the caller that its change failed when it had succeeded.
 * <li>POST and PATCH never: a second delivery could create or change something twice.
 * </ul>
 */
final class RetryPolicy {

    private RetryPolicy() {
    }

    static boolean idempotent(HttpMethod method) {
        return safe(method) || HttpMethod.PUT.equals(method) || HttpMethod.DELETE.equals(method);
    }

    private static boolean safe(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method);
    }

    /**
     * @param reachedInstance whether a connection was had and the request (or part of it) written to it
     */
    static boolean mayRetry(HttpMethod method, boolean reachedInstance, Throwable failure) {
        if (!reachedInstance) {
            return idempotent(method);
        }
        return safe(method) && UpstreamFailures.statusFor(failure) != 504;
    }
}
