package no.nyttiggjort.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.nyttiggjort.gateway.ratelimit.RateLimitConfig.Limit;
import no.nyttiggjort.gateway.web.RouteNames;

/**
 * One token bucket per (route, caller). Taking a token is a lock-free compare-and-set on the
 * caller's own bucket, so a caller at its limit neither blocks the event loop nor slows anyone else.
 */
@Singleton
public class RateLimiter {

    private static final Duration MIN_IDLE = Duration.ofMinutes(1);

    private final RateLimitConfig config;
    private final Cache<Key, Bucket> buckets;

    public RateLimiter(RateLimitConfig config, RouteNames routeNames) {
        this.config = config;
        rejectUnknownRoutes(config, routeNames.all());
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxBuckets())
                .expireAfterAccess(idleBeforeFull(config).toNanos(), TimeUnit.NANOSECONDS)
                .build();
    }

    /** Takes one request from the bucket of this caller on this route. */
    public Verdict take(String route, Optional<String> subject, String clientAddress) {
        Limit limit = limitFor(route, subject.isPresent());
        Key key = new Key(route, subject.map(s -> "sub:" + s).orElseGet(() -> "ip:" + clientAddress));
        Bucket bucket = buckets.get(key, k -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, limit.burst(), probe.getRemainingTokens(), 0);
        }
        long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return new Verdict(false, limit.burst(), 0, Math.max(1, seconds));
    }

    Limit limitFor(String route, boolean signedIn) {
        Optional<RateLimitConfig.RouteLimits> own = Optional.ofNullable(config.routes().get(route));
        return signedIn
                ? own.flatMap(RateLimitConfig.RouteLimits::signedIn).orElse(config.signedIn())
                : own.flatMap(RateLimitConfig.RouteLimits::anonymous).orElse(config.anonymous());
    }

    private static Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.rate(), limit.period()))
                .build();
    }

    /** A typo in a route name would silently leave that route on the defaults; refuse to start instead. */
    private static void rejectUnknownRoutes(RateLimitConfig config, Set<String> known) {
        Set<String> unknown = new TreeSet<>(config.routes().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("gateway.rate-limit.routes names no route: " + unknown + "; routes are " + known);
        }
    }

    /**
     * An idle bucket is forgotten only after it would have refilled completely, so forgetting it
     * never hands a caller more than it would have had anyway.
     */
    static Duration idleBeforeFull(RateLimitConfig config) {
        Stream<Limit> limits = Stream.concat(
                Stream.of(config.signedIn(), config.anonymous()),
                config.routes().values().stream()
                        .flatMap(route -> Stream.concat(route.signedIn().stream(), route.anonymous().stream())));
        return limits.map(RateLimiter::timeToFill).reduce(MIN_IDLE, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    private static Duration timeToFill(Limit limit) {
        if (limit.rate() < 1 || limit.burst() < 1 || limit.period().isNegative() || limit.period().isZero()) {
            throw new IllegalStateException("gateway.rate-limit: rate and burst must be at least 1 and period positive");
        }
        long periods = (limit.burst() + limit.rate() - 1) / limit.rate();
        return limit.period().multipliedBy(periods);
    }

    /** Whether the request may pass; when not, how many whole seconds until it may try again. */
    public record Verdict(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    private record Key(String route, String caller) {
    }
}
