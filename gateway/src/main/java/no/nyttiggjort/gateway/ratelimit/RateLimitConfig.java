package no.nyttiggjort.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets per caller and route. A bucket holds up to {@code burst} requests and gains
 * {@code rate} every {@code period}, so a caller may send a burst at once and then keep to the rate.
 * Signed-in callers have a bucket per token subject; anonymous callers (public paths) one per client address.
 */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Per token subject, on every route without its own signed-in limit. */
    Limit signedIn();

    /** Per client address, for requests without a token (the public paths), on every route without its own. */
    Limit anonymous();

    /** Overrides by route name (projects, scoring, certification, network, ...). */
    Map<String, RouteLimits> routes();

    /**
     * At most this many buckets are kept, so a flood of new callers cannot exhaust memory; beyond it the
     * buckets least likely to be used again are dropped. A bucket is also dropped once it has been idle
     * long enough to have refilled completely, as it would then be as good as new.
     */
    @WithDefault("100000")
    long maxBuckets();

    interface Limit {

        /** Requests added to the bucket every period. */
        long rate();

        @WithDefault("1s")
        Duration period();

        /** The bucket's size: how many requests may come at once after a quiet spell. */
        long burst();
    }

    interface RouteLimits {

        Optional<Limit> signedIn();

        Optional<Limit> anonymous();
    }
}
