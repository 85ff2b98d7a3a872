package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.TimelineEvent;
import no.nyttiggjort.project.repository.ProjectRepository;
import no.nyttiggjort.project.repository.TeamMemberRepository;
import no.nyttiggjort.project.repository.TimelineRepository;

/**
 * The one place that decides who may see and change a project and its parts, and that writes the
 * project's timeline. Order of checks for a change: the project exists in the caller's municipality
 * (else 404), the If-Match names its version when one is required (428/412), the caller is on the team,
 * is the champion or is a municipality-admin (403), the project is not archived (409).
 */
@ApplicationScoped
public class ProjectAccess {

    private final ProjectRepository projects;
    private final TeamMemberRepository team;
    private final TimelineRepository timeline;
    private final Caller caller;
    private final Clock clock;

    public ProjectAccess(ProjectRepository projects, TeamMemberRepository team, TimelineRepository timeline,
            Caller caller, Clock clock) {
        this.projects = projects;
        this.team = team;
        this.timeline = timeline;
        this.caller = caller;
        this.clock = clock;
    }

    /** Every employee of the municipality reads its projects; another municipality's project is not found. */
    public Project readable(UUID id) {
        return projects.findInMunicipality(id, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Project " + id));
    }

    /** For changes to a project's parts, which carry their own version. */
    public Project changeable(UUID id) {
        return changeable(id, null, false);
    }

    /** For changes to the project itself, which need If-Match with the project's ETag. */
    public Project changeable(UUID id, String ifMatch) {
        return changeable(id, ifMatch, true);
    }

    private Project changeable(UUID id, String ifMatch, boolean matchRequired) {
        Project project = projects.findInMunicipalityForUpdate(id, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Project " + id));
        if (matchRequired) {
            ETags.requireMatch(ifMatch, project.getVersion());
        }
        if (!mayChange(project)) {
            throw ProblemException.forbidden("Only the project's team, its champion or a municipality administrator may change it");
        }
        if (project.isArchived()) {
            throw ProblemException.conflict("Project " + id + " is archived and can no longer be changed");
        }
        return project;
    }

    public boolean mayChange(Project project) {
        if (caller.hasRole(Roles.MUNICIPALITY_ADMIN)) {
            return true;
        }
        String me = caller.subject();
        return me != null && (me.equals(project.getChampionUserId()) || team.isMember(project.getId(), me));
    }

    /** Records a change in the project's timeline; the project counts as changed, so its ETag moves on. */
    public TimelineEvent record(Project project, String action, String summary) {
        project.touch(now());
        return log(project, action, summary);
    }

    /** Records an event without touching the project (for its creation, which has its own times). */
    public TimelineEvent log(Project project, String action, String summary) {
        TimelineEvent event = new TimelineEvent(project.getId(), now(), caller.subject(), caller.displayName(), action, summary);
        timeline.persist(event);
        return event;
    }

    public Instant now() {
        return clock.instant();
    }

    public Caller caller() {
        return caller;
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static String quote(String text) {
        return "«" + (text.length() > 80 ? text.substring(0, 79) + "…" : text) + "»";
    }
}
