package no.nyttiggjort.gateway.network.service;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the last composed overview while it is fresh and composes the next one in the background once it is
 * half-way through its max-age, so a caller waits for the three services only when none is fresh (the first
 * call, or after a quiet spell longer than the max-age). One composition runs at a time; callers that need
 * one while it runs share it.
 *
 * <p>The overview is the same for every network analyst (network-wide aggregates, nothing filtered by caller),
 * so a composition made with one analyst's token serves the others. Each composition forwards the token of
 * the call that started it, so the services check a real analyst's role every time.
 */
@Singleton
public class NetworkOverviewService {

    private final OverviewComposer composer;
    private final Clock clock;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Snapshot>> composing = new AtomicReference<>();

    public NetworkOverviewService(OverviewComposer composer, Clock clock) {
        this.composer = composer;
        this.clock = clock;
    }

    public Uni<Snapshot> current(String authorization, String requestId) {
        Snapshot snapshot = latest.get();
        Instant now = clock.instant();
        if (snapshot != null && snapshot.freshAt(now)) {
            if (snapshot.dueForRefreshAt(now)) {
                compose(authorization, requestId);
            }
            return Uni.createFrom().item(snapshot);
        }
        return Uni.createFrom().completionStage(compose(authorization, requestId));
    }

    /** Starts a composition unless one is running; either way, the one that will complete next. */
    private CompletableFuture<Snapshot> compose(String authorization, String requestId) {
        CompletableFuture<Snapshot> mine = new CompletableFuture<>();
        CompletableFuture<Snapshot> running = composing.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        composer.compose(authorization, requestId).subscribe().with(snapshot -> {
            latest.set(snapshot);
            composing.set(null);
            mine.complete(snapshot);
        }, failure -> {
            composing.set(null);
            mine.completeExceptionally(failure);
        });
        return mine;
    }
}
