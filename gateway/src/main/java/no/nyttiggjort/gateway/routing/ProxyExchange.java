package no.nyttiggjort.gateway.routing;

import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.common.problem.Problems;
import no.nyttiggjort.common.web.RequestIds;
import org.jboss.logging.Logger;

/**
 * One request on its way through the gateway to an instance of its route's service, and the answer
 * on its way back: method, path, query and headers (minus hop-by-hop ones) are copied, bodies are
 * streamed. Each attempt goes through the chosen instance's circuit breaker. An attempt that fails
 * before any answer reached the caller may be repeated on another instance, as {@link RetryPolicy}
 * allows; for that, the body of a request that may be repeated is held in memory (bounded by the
 * route's retry-body-limit). Everything runs on the caller's event loop.
 */
final class ProxyExchange {

    private static final Logger LOG = Logger.getLogger(ProxyExchange.class);

    private final RoutingContext rc;
    private final HttpServerRequest request;
    private final Upstream upstream;
    private final HttpMethod method;
    private final String uri;
    private final MultiMap headers;
    private final Set<Instance> tried = new HashSet<>(4);
    private int retriesLeft;
    /** The whole body when it may be sent more than once; null while the caller's body is streamed. */
    private Buffer body;
    private boolean streamed;
    private HttpClientRequest current;
    private boolean reachedInstance;
    private boolean callerGone;

    private ProxyExchange(RoutingContext rc, Upstream upstream) {
        this.rc = rc;
        this.request = rc.request();
        this.upstream = upstream;
        this.method = request.method();
        String query = request.query();
        this.uri = query == null ? request.path() : request.path() + "?" + query;
        this.headers = HopByHopHeaders.forUpstream(request.headers());
        this.retriesLeft = upstream.maxRetries();
    }

    static void forward(RoutingContext rc, Upstream upstream) {
        new ProxyExchange(rc, upstream).start();
    }

    private void start() {
        rc.response().closeHandler(v -> callerLeft());
        if (rc.body().available()) {
            // A body handler ahead of us has read it already.
            body = rc.body().buffer() == null ? Buffer.buffer() : rc.body().buffer();
            next(null);
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            rc.response().writeContinue();
        }
        if (replayable()) {
            if (contentLength() == 0) {
                body = Buffer.buffer();
                next(null);
                return;
            }
            request.body().onComplete(read -> {
                if (read.failed()) {
                    // The caller's connection broke while sending its body: nobody is left to answer.
                    return;
                }
                body = read.result();
                next(null);
            });
            // Quarkus pauses a request until a handler takes it; body() alone would wait for ever.
            request.resume();
        } else {
            streamed = true;
            request.pause();
            next(null);
        }
    }

    /** Idempotent, and a body small enough to hold (one without Content-Length is not held). */
    private boolean replayable() {
        if (!RetryPolicy.idempotent(method)) {
            return false;
        }
        if (chunked()) {
            return false;
        }
        long length = contentLength();
        return length <= upstream.retryBodyLimit();
    }

    private boolean chunked() {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** 0 when absent or unreadable: HTTP/1.1 has no body then unless chunked. */
    private long contentLength() {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Sends the request to the next instance the balancer offers. {@code lastFailure} is how the previous
     * attempt failed, if one did; it decides the answer when no instance is left to try.
     */
    private void next(Throwable lastFailure) {
        if (callerGone) {
            return;
        }
        Instance instance = upstream.balancer().next(tried).orElse(null);
        if (instance == null) {
            if (lastFailure != null) {
                fail(lastFailure);
            } else {
                allUnavailable();
            }
            return;
        }
        tried.add(instance);
        instance.breaker().<HttpClientResponse>execute(outcome -> attempt(instance, outcome)).onComplete(result -> {
            if (result.succeeded()) {
                relay(result.result());
            } else if (result.cause() instanceof OpenCircuitException) {
                // Declined by a half-open breaker whose single trial is taken: nothing was sent, so any method may move on.
                next(lastFailure);
            } else {
                failed(instance, result.cause());
            }
        });
    }

    private void attempt(Instance instance, Promise<HttpClientResponse> outcome) {
        reachedInstance = false;
        RequestOptions options = instance.request(upstream.connectTimeout(), upstream.timeout())
                .setMethod(method)
                .setURI(uri);
        upstream.client().request(options).onComplete(created -> {
            if (created.failed()) {
                outcome.tryFail(created.cause());
                return;
            }
            HttpClientRequest sent = created.result();
            if (callerGone) {
                sent.reset(0, new CallerGone());
                outcome.tryFail(new CallerGone());
                return;
            }
            current = sent;
            reachedInstance = true;
            sent.headers().addAll(headers);
            sent.response().onComplete(answer -> {
                if (answer.succeeded()) {
                    // Held until the breaker has had its say and the caller's response is ready for it.
                    answer.result().pause();
                    outcome.tryComplete(answer.result());
                } else {
                    outcome.tryFail(callerGone ? new CallerGone() : answer.cause());
                }
            });
            sendBody(sent);
        });
    }

    private void sendBody(HttpClientRequest sent) {
        if (!streamed) {
            if (body.length() == 0) {
                if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                    sent.putHeader(HttpHeaders.CONTENT_LENGTH, "0");
                }
                sent.end();
            } else {
                sent.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
                sent.end(body);
            }
            return;
        }
        if (chunked()) {
            sent.setChunked(true);
        } else if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            sent.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(contentLength()));
        } else {
            request.resume();
            sent.end();
            return;
        }
        request.pipe().endOnFailure(false).to(sent).onFailure(failure -> sent.reset(0, failure));
    }

    private void failed(Instance instance, Throwable failure) {
        if (callerGone) {
            return;
        }
        // A streamed body is gone once sent; before that it is still waiting, paused, for whoever takes it.
        boolean bodyStillThere = !streamed || !reachedInstance;
        if (retriesLeft > 0 && bodyStillThere && RetryPolicy.mayRetry(method, reachedInstance, failure)) {
            retriesLeft--;
            LOG.debugf("%s %s: %s instance %s failed (%s); trying another", method, uri, upstream.name(), instance, failure);
            next(failure);
            return;
        }
        fail(failure);
    }

    private void relay(HttpClientResponse answer) {
        HttpServerResponse response = rc.response();
        if (callerGone || response.ended() || response.closed()) {
            answer.request().reset(0, new CallerGone());
            return;
        }
        int status = answer.statusCode();
        response.setStatusCode(status);
        if (answer.statusMessage() != null) {
            response.setStatusMessage(answer.statusMessage());
        }
        HopByHopHeaders.copyToCaller(answer.headers(), response.headers());
        if (HttpMethod.HEAD.equals(method) || status == 204 || status == 304) {
            // No body by definition; a Content-Length the instance sent stays as it is.
            answer.end().onComplete(done -> response.end());
            answer.resume();
            return;
        }
        if (!answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            if (request.version() == HttpVersion.HTTP_1_0) {
                // An HTTP/1.0 caller knows no chunks: the whole body, then its length.
                answer.body().onSuccess(response::end).onFailure(failure -> response.reset());
                return;
            }
            response.setChunked(true);
        }
        answer.pipe().endOnFailure(false).to(response).onFailure(failure -> {
            // Cut short on one side: the other must not take a truncated answer for a whole one.
            answer.request().reset(0, failure);
            response.reset();
        });
    }

    private void fail(Throwable failure) {
        int status = UpstreamFailures.statusFor(failure);
        LOG.warnf("%s %s: %s failed after %d attempt(s), answering %d: %s", method, uri, upstream.name(),
                tried.size(), status, failure.toString());
        answer(UpstreamFailures.problem(upstream, status), Map.of());
    }

    /** Every instance's breaker is open: answered at once, without a connection attempt. */
    private void allUnavailable() {
        long retryAfter = Math.max(1, (upstream.openDelay().toMillis() + 999) / 1000);
        LOG.debugf("%s %s: every %s instance is out of rotation", method, uri, upstream.name());
        answer(UpstreamFailures.problem(upstream, 503), Map.of("Retry-After", String.valueOf(retryAfter)));
    }

    private void answer(Problem problem, Map<String, String> extraHeaders) {
        if (streamed) {
            // The body nobody will read: let it flow past, so that the connection can carry the next request.
            request.resume();
        }
        Problems.write(rc.response(), problem.withContext(request.path(), RequestIds.ensure(request)), extraHeaders);
    }

    private void callerLeft() {
        if (rc.response().ended()) {
            return;
        }
        callerGone = true;
        if (current != null) {
            current.reset(0, new CallerGone());
        }
    }
}
