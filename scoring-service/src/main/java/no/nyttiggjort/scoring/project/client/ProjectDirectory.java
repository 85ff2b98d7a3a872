package no.nyttiggjort.scoring.project.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one place that talks to project-service, and the one that decides how: each attempt is
 * bounded by a timeout, the idempotent GET is retried, and a circuit breaker stops calling a
 * service that keeps failing so requests fail fast instead of queueing behind it.
 * A project that is absent or hidden from the caller is an answer, not a failure: it is turned
 * into an empty result inside the breaker so that users asking for foreign ids cannot open it.
 */
@ApplicationScoped
public class ProjectDirectory {

    public static final String BREAKER = "project-service";

    private final ProjectServiceClient client;

    public ProjectDirectory(@RestClient ProjectServiceClient client) {
        this.client = client;
    }

    @Timeout(value = 1000, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1)
    @CircuitBreakerName(BREAKER)
    public Optional<ProjectRef> find(UUID id, String authorization) {
        try {
            return Optional.of(client.get(id, authorization));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            // 404: absent or another municipality's. 403: the caller's roles may not read it. Both mean "not visible".
            if (status == 404 || status == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
