package no.nyttiggjort.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import no.nyttiggjort.gateway.config.GatewayConfig;
import no.nyttiggjort.gateway.routing.Upstream;
import no.nyttiggjort.gateway.routing.Upstreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when every service it routes to is: one readiness check per upstream,
 * asking the upstream's own /q/health/ready through the same pooled client the proxy uses.
 * Liveness deliberately has no such check, so a service outage never gets the gateway restarted.
 */
@ApplicationScoped
public class UpstreamReadinessChecks {

    private static final String READY_PATH = "/q/health/ready";

    void register(@Observes StartupEvent startup, @Readiness HealthRegistry registry, Upstreams upstreams,
            GatewayConfig config) {
        for (Upstream upstream : upstreams.all()) {
            registry.register("upstream-" + upstream.name(), () -> check(upstream, config.healthTimeout()));
        }
    }

    private static Uni<HealthCheckResponse> check(Upstream upstream, Duration timeout) {
        Future<Integer> status = upstream.client()
                .request(upstream.request().setMethod(HttpMethod.GET).setURI(READY_PATH)
                        .setConnectTimeout(timeout.toMillis()).setIdleTimeout(timeout.toMillis()))
                .compose(request -> request.send())
                // Reading the body returns the connection to the pool.
                .compose(response -> response.body().map(body -> response.statusCode()));
        return Uni.createFrom().completionStage(status.toCompletionStage())
                .map(code -> response(upstream, code == 200, "HTTP " + code))
                .onFailure().recoverWithItem(failure -> response(upstream, false, describe(failure)));
    }

    /** The message names the cause ("Connection refused: ...") without exposing class names. */
    private static String describe(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static HealthCheckResponse response(Upstream upstream, boolean up, String answer) {
        return HealthCheckResponse.named("upstream " + upstream.name())
                .status(up)
                .withData("url", upstream.url().toString())
                .withData("answer", answer)
                .build();
    }
}
