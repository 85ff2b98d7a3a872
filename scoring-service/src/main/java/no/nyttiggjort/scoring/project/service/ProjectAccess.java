package no.nyttiggjort.scoring.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.scoring.config.CurrentUser;
import no.nyttiggjort.scoring.project.client.ProjectDirectory;
import no.nyttiggjort.scoring.project.client.ProjectRef;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Whether the caller may see a project, as project-service decides. Scores of a project are only
 * as visible as the project itself. Called before any transaction opens, so no database
 * connection is held while waiting for another service.
 */
@ApplicationScoped
public class ProjectAccess {

    private static final Logger LOG = Logger.getLogger(ProjectAccess.class);

    private final ProjectDirectory directory;
    private final CurrentUser user;
    private final Caller caller;

    public ProjectAccess(ProjectDirectory directory, CurrentUser user, Caller caller) {
        this.directory = directory;
        this.user = user;
        this.caller = caller;
    }

    /** The project if the caller can see it; 404 if not (absent and foreign look the same); 503 if nobody can tell. */
    public ProjectRef visible(UUID projectId) {
        try {
            return directory.find(projectId, user.bearer())
                    .orElseThrow(() -> ProblemException.notFound("Project " + projectId));
        } catch (CircuitBreakerOpenException e) {
            LOG.debugf("project-service breaker open; refusing %s at once", projectId);
            throw unavailable();
        } catch (FaultToleranceException | ProcessingException | WebApplicationException e) {
            LOG.warnf("project-service could not answer for project %s: %s", projectId, e.toString());
            throw unavailable();
        }
    }

    /** A visible project that also belongs to the caller's municipality, for anything that records a score. */
    public ProjectRef own(UUID projectId) {
        ProjectRef project = visible(projectId);
        if (!caller.municipality().equals(project.municipality())) {
            throw ProblemException.forbidden("Only " + project.municipality() + "'s assessors may score this project");
        }
        return project;
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "service-unavailable", "Service unavailable",
                "Projects cannot be looked up right now, so scores cannot be shown or recorded; try again shortly",
                null, Map.of("Retry-After", "5"));
    }
}
