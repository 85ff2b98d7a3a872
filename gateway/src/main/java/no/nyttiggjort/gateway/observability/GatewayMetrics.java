package no.nyttiggjort.gateway.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Per-route Prometheus series for what passes through the gateway:
 * <ul>
 * <li>{@code gateway_requests_total{route,method,status_class}}: answered requests by 2xx/3xx/4xx/5xx
 * (and {@code aborted} when the connection closed before the answer was complete);</li>
 * <li>{@code gateway_request_duration_seconds{route,method}}: latency histogram, from the first
 * gateway handler to the last byte of the answer;</li>
 * <li>{@code gateway_rate_limited_total{route}}: requests refused with 429.</li>
 * </ul>
 * Every tag takes few values (route names from configuration, standard methods), never a path or id.
 */
@Singleton
public class GatewayMetrics {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final MeterRegistry registry;
    private final ConcurrentMap<RequestSeries, Counter> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<DurationSeries, Timer> durations = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> rateLimited = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param status the answer's status, or a negative number when the answer was never completed */
    public void requestDone(String route, String method, int status, long nanos) {
        String boundedMethod = METHODS.contains(method) ? method : "OTHER";
        requests.computeIfAbsent(new RequestSeries(route, boundedMethod, statusClass(status)),
                series -> Counter.builder("gateway.requests")
                        .description("Requests answered by the gateway")
                        .tag("route", series.route())
                        .tag("method", series.method())
                        .tag("status_class", series.statusClass())
                        .register(registry))
                .increment();
        durations.computeIfAbsent(new DurationSeries(route, boundedMethod),
                series -> Timer.builder("gateway.request.duration")
                        .description("Time from a request's arrival at the gateway to the end of its answer")
                        .tag("route", series.route())
                        .tag("method", series.method())
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void rateLimited(String route) {
        rateLimited.computeIfAbsent(route, name -> Counter.builder("gateway.rate.limited")
                        .description("Requests refused with 429 because their caller used up its bucket")
                        .tag("route", name)
                        .register(registry))
                .increment();
    }

    static String statusClass(int status) {
        return status < 100 || status > 599 ? "aborted" : (status / 100) + "xx";
    }

    private record RequestSeries(String route, String method, String statusClass) {
    }

    private record DurationSeries(String route, String method) {
    }
}
