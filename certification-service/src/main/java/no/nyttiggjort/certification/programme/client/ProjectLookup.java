package no.nyttiggjort.certification.programme.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to ask project-service about a project. A 404 is an answer ("not in your
 * municipality"), turned into an empty result inside the breaker so it never opens the circuit;
 * anything else is a failure the caller reports as 503.
 */
@ApplicationScoped
public class ProjectLookup {

    private final ProjectClient client;

    public ProjectLookup(@RestClient ProjectClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Optional<ProjectSummary> find(UUID projectId, String bearerToken) {
        try {
            return Optional.ofNullable(client.get(projectId, "Bearer " + bearerToken));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
