package no.nyttiggjort.gateway.health;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import no.nyttiggjort.gateway.routing.Instance;
import no.nyttiggjort.gateway.routing.Upstream;

/**
 * Asks one instance for its own readiness (/q/health/ready) through the route's pooled client. Used
 * by the periodic check, which acts on the answer, and by the gateway's readiness, which only reports it.
 */
final class InstanceProbe {

    static final String READY_PATH = "/q/health/ready";

    /** What an instance answered: ready or not, and in words ("HTTP 200", "Connection refused: ..."). */
    record Result(Instance instance, boolean ready, String answer) {
    }

    private InstanceProbe() {
    }

    /** Never fails: an instance that cannot be asked is not ready. */
    static Future<Result> probe(Upstream upstream, Instance instance, Duration timeout) {
        return upstream.client()
                .request(instance.request(timeout, timeout).setMethod(HttpMethod.GET).setURI(READY_PATH))
                .compose(request -> request.send())
                // Reading the body returns the connection to the pool.
                .compose(response -> response.body().map(body -> response.statusCode()))
                .map(code -> new Result(instance, code == 200, "HTTP " + code))
                .otherwise(failure -> new Result(instance, false, describe(failure)));
    }

    /** The message names the cause ("Connection refused: ...") without exposing class names. */
    private static String describe(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
