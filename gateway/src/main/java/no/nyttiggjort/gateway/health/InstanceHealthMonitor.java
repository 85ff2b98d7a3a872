package no.nyttiggjort.gateway.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.nyttiggjort.gateway.config.GatewayConfig;
import no.nyttiggjort.gateway.routing.Instance;
import no.nyttiggjort.gateway.routing.Upstream;
import no.nyttiggjort.gateway.routing.Upstreams;

/**
 * Active health checks: every gateway.health-interval each instance of each route is asked whether it
 * is ready, so that an instance that is up but cannot serve (its database gone, shutting down) leaves
 * the rotation before callers find out, and comes back once it says it is ready. The first round
 * runs at startup.
 */
@ApplicationScoped
public class InstanceHealthMonitor {

    /** Instances whose last probe has not answered yet: a slow instance is not asked twice at once. */
    private final Set<Instance> probing = ConcurrentHashMap.newKeySet();
    private long timer = -1;

    void start(@Observes StartupEvent startup, Vertx vertx, Upstreams upstreams, GatewayConfig config) {
        Runnable round = () -> {
            for (Upstream upstream : upstreams.all()) {
                for (Instance instance : upstream.instances()) {
                    if (probing.add(instance)) {
                        InstanceProbe.probe(upstream, instance, config.healthTimeout())
                                .onSuccess(result -> instance.probed(result.ready(), result.answer()))
                                .onComplete(done -> probing.remove(instance));
                    }
                }
            }
        };
        round.run();
        timer = vertx.setPeriodic(config.healthInterval().toMillis(), id -> round.run());
    }

    void stop(@Observes ShutdownEvent shutdown, Vertx vertx) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }
}
