package no.nyttiggjort.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round-robin over a route's instances. An instance whose breaker is open is never chosen (no
 * connection attempt is spent on it). A healthy one is preferred; an instance its health check
 * calls not ready is still chosen when no healthy one is left, because a probe can be wrong or
 * late, while the breaker is fed by the real traffic and then decides.
 */
final class Balancer {

    private final List<Instance> instances;
    private final AtomicInteger cursor = new AtomicInteger();

    Balancer(List<Instance> instances) {
        this.instances = List.copyOf(instances);
    }

    /** The next instance for a request that has already tried (or been declined by) {@code tried}. */
    Optional<Instance> next(Set<Instance> tried) {
        List<Instance> healthy = new ArrayList<>(instances.size());
        List<Instance> unhealthy = new ArrayList<>(0);
        for (Instance instance : instances) {
            if (tried.contains(instance) || instance.circuitOpen()) {
                continue;
            }
            (instance.healthy() ? healthy : unhealthy).add(instance);
        }
        List<Instance> candidates = healthy.isEmpty() ? unhealthy : healthy;
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(Math.floorMod(cursor.getAndIncrement(), candidates.size())));
    }
}
