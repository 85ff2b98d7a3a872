package no.nyttiggjort.gateway.network.service;

import java.time.Duration;
import java.time.Instant;

/**
 * A composed overview with its answers already written, so serving it costs no serialisation.
 *
 * @param maxAge how long it may be served: shorter when a part is unavailable
 */
public record Snapshot(NetworkOverview overview, byte[] json, byte[] csv, Instant composedAt, Duration maxAge) {

    public boolean freshAt(Instant now) {
        return now.isBefore(composedAt.plus(maxAge));
    }

    /** Half-way through its max-age: time to compose the next one while this one is still served. */
    public boolean dueForRefreshAt(Instant now) {
        return !now.isBefore(composedAt.plus(maxAge.dividedBy(2)));
    }

    /** Whole seconds it may still be served, for Cache-Control. */
    public long secondsLeftAt(Instant now) {
        return Math.max(0, Duration.between(now, composedAt.plus(maxAge)).toSeconds());
    }
}
