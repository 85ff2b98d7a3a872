package no.nyttiggjort.gateway.routing;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Vertx;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import no.nyttiggjort.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * One running copy of a service behind a route: where it listens, its circuit breaker (fed by real
 * traffic) and its health (fed by probes of its /q/health/ready). Either can take it out of rotation.
 */
public final class Instance {

    private static final Logger LOG = Logger.getLogger(Instance.class);

    private final String route;
    private final URI url;
    private final CircuitBreaker breaker;
    private volatile boolean healthy = true;

    Instance(String route, URI url, GatewayConfig.CircuitBreaker settings, Vertx vertx) {
        this.route = route;
        this.url = url;
        CircuitBreakerOptions options = new CircuitBreakerOptions()
                .setMaxFailures(settings.failureThreshold())
                .setResetTimeout(settings.openDelay().toMillis())
                // The route's own timeout bounds each attempt; the breaker only counts outcomes.
                .setTimeout(-1)
                // No metrics on the event bus: nobody listens, and it would cost a message per change.
                .setNotificationAddress(null);
        this.breaker = CircuitBreaker.create(route + " " + url, vertx, options)
                // A caller that hung up is no fault of the instance.
                .failurePolicy(outcome -> outcome.failed() && !(outcome.cause() instanceof CallerGone))
                .openHandler(v -> LOG.warnf("%s instance %s taken out: circuit open after %d failures; trying it again in %d ms",
                        route, url, settings.failureThreshold(), settings.openDelay().toMillis()))
                .halfOpenHandler(v -> LOG.infof("%s instance %s: circuit half-open, one trial request may pass", route, url))
                .closeHandler(v -> LOG.infof("%s instance %s back in rotation: circuit closed", route, url));
    }

    public URI url() {
        return url;
    }

    /** The breaker's state: CLOSED (in rotation), OPEN (skipped), HALF_OPEN (one trial request at a time). */
    public CircuitBreakerState circuit() {
        return breaker.state();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    public boolean healthy() {
        return healthy;
    }

    /** Records a health check's verdict; a change in or out of rotation is worth a log line. */
    public void probed(boolean ready, String answer) {
        if (ready != healthy) {
            healthy = ready;
            if (ready) {
                LOG.infof("%s instance %s is ready again: back in rotation", route, url);
            } else {
                LOG.warnf("%s instance %s is not ready (%s): out of rotation", route, url, answer);
            }
        }
    }

    /** Whether the balancer may choose it: its last health check passed and its breaker is not open. */
    public boolean inRotation() {
        return healthy && !circuitOpen();
    }

    /** Skipped by the balancer while its breaker is open; half-open lets the breaker pick the trial. */
    boolean circuitOpen() {
        return breaker.state() == CircuitBreakerState.OPEN;
    }

    /**
     * Where a request goes and how long it may wait: a fresh object per request, as the client keeps
     * a reference while the request runs. The request's connect timeout bounds the wait for a pooled
     * connection (unbounded by default; the client's own one bounds only the TCP connect). The idle
     * timeout fails the request when the instance sends nothing for that long, before or during its answer.
     */
    public RequestOptions request(Duration connectTimeout, Duration timeout) {
        return new RequestOptions()
                .setHost(url.getHost())
                .setPort(port())
                .setSsl("https".equals(url.getScheme()))
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
    }

    private int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }

    void close() {
        breaker.close();
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
