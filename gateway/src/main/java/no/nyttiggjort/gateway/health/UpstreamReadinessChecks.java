package no.nyttiggjort.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import no.nyttiggjort.gateway.config.GatewayConfig;
import no.nyttiggjort.gateway.routing.Instance;
import no.nyttiggjort.gateway.routing.Upstream;
import no.nyttiggjort.gateway.routing.Upstreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when every route can be served: one readiness check per route, UP when at
 * least one of its instances answers its own /q/health/ready with 200 (asked now, through the same
 * pooled client the proxy uses). The data names every instance with its answer, its circuit, and
 * whether the proxy sends it requests (which the periodic check and the breaker decide, not this probe).
 * Liveness deliberately has no such check, so a service outage never gets the gateway restarted.
 */
@ApplicationScoped
public class UpstreamReadinessChecks {

    void register(@Observes StartupEvent startup, @Readiness HealthRegistry registry, Upstreams upstreams,
            GatewayConfig config) {
        for (Upstream upstream : upstreams.all()) {
            registry.register("upstream-" + upstream.name(), () -> check(upstream, config.healthTimeout()));
        }
    }

    private static Uni<HealthCheckResponse> check(Upstream upstream, Duration timeout) {
        List<Future<InstanceProbe.Result>> probes = upstream.instances().stream()
                .map(instance -> InstanceProbe.probe(upstream, instance, timeout))
                .toList();
        Future<HealthCheckResponse> all = Future.join(probes).map(done -> response(upstream,
                probes.stream().map(Future::result).toList()));
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private static HealthCheckResponse response(Upstream upstream, List<InstanceProbe.Result> results) {
        long ready = results.stream().filter(InstanceProbe.Result::ready).count();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstream " + upstream.name())
                .status(ready > 0)
                .withData("url", upstream.instances().stream().map(i -> i.url().toString()).collect(Collectors.joining(",")))
                .withData("answer", results.size() == 1 ? results.get(0).answer()
                        : results.stream().map(r -> r.instance().url() + " " + r.answer()).collect(Collectors.joining("; ")))
                .withData("ready", ready + " of " + results.size());
        for (InstanceProbe.Result result : results) {
            Instance instance = result.instance();
            builder.withData(instance.url().toString(), (result.ready() ? "ready" : "not ready")
                    + ", circuit " + instance.circuit() + ", " + (instance.inRotation() ? "in" : "out of") + " rotation");
        }
        return builder.build();
    }
}
