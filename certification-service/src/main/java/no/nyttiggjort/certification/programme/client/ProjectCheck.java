package no.nyttiggjort.certification.programme.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Checks that an exam project belongs to the caller's municipality. The caller's own token is
 * forwarded because the check is made for them: project-service's tenancy rule is the answer.
 */
@ApplicationScoped
public class ProjectCheck {

    private static final Logger LOG = Logger.getLogger(ProjectCheck.class);

    private final ProjectLookup lookup;
    private final JsonWebToken token;

    public ProjectCheck(ProjectLookup lookup, JsonWebToken token) {
        this.lookup = lookup;
        this.token = token;
    }

    /** The project as project-service shows it; a 400 naming the field when it is not the caller's municipality's. */
    public ProjectSummary requireOwn(UUID projectId, String field) {
        try {
            return lookup.find(projectId, token.getRawToken())
                    .orElseThrow(() -> ProblemException.invalidField(field,
                            "is not a project of your municipality"));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("project-service could not check project %s: %s", projectId, e.toString());
            throw new ProblemException(503, "service-unavailable", "Service unavailable",
                    "project-service cannot confirm the exam project right now; try again shortly", null,
                    Map.of("Retry-After", "5"));
        }
    }
}
