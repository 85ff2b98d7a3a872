package no.nyttiggjort.certification.panel.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one way to ask scoring-service for a score. The panel must work without it: a 404 means
 * "not scored yet" (answered inside the breaker, so it never opens it), and any failure, timeout
 * or open circuit becomes "unavailable" instead of an error.
 */
@ApplicationScoped
public class ScoreLookup {

    private static final Logger LOG = Logger.getLogger(ScoreLookup.class);

    private final ScoringClient client;

    public ScoreLookup(@RestClient ScoringClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public PanelScore latest(UUID projectId) {
        String body;
        try {
            body = client.latestScore(projectId);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return PanelScore.notScored();
            }
            throw e;
        }
        return ScoreParser.percent(body).map(PanelScore::available).orElseGet(PanelScore::unavailable);
    }

    PanelScore unavailable(UUID projectId, Throwable cause) {
        LOG.warnf("Score of project %s unavailable: %s", projectId, cause.toString());
        return PanelScore.unavailable();
    }
}
