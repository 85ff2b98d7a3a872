package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.project.domain.ChangeType;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.TimelineEvent;
import no.nyttiggjort.project.domain.Visibility;
import no.nyttiggjort.project.repository.ChangeEventRepository;
import no.nyttiggjort.project.repository.ProjectRepository;
import no.nyttiggjort.project.repository.TeamMemberRepository;
import no.nyttiggjort.project.repository.TimelineRepository;

/**
 * The one place that decides who may see and change a project and its parts, and that writes the
 * project's timeline and change feed. A project is readable by its own municipality and, when SHARED, by
 * every municipality; otherwise it does not exist for others (404). Order of checks for a change: the
 * project exists in the caller's municipality (else 403 when it is another municipality's shared project,
 * 404 otherwise), the If-Match names its version when one is required (428/412), the caller is on the team,
 * is the champion or is a municipality-admin (403), the project is not archived (409).
 */
@ApplicationScoped
public class ProjectAccess {

    private final ProjectRepository projects;
    private final TeamMemberRepository team;
    private final TimelineRepository timeline;
    private final ChangeEventRepository changes;
    private final Caller caller;
    private final Clock clock;

    public ProjectAccess(ProjectRepository projects, TeamMemberRepository team, TimelineRepository timeline,
            ChangeEventRepository changes, Caller caller, Clock clock) {
        this.projects = projects;
        this.team = team;
        this.timeline = timeline;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Every employee of the municipality reads its projects, and every municipality reads a SHARED project;
     * another municipality's private project is not found.
     */
    public Project readable(UUID id) {
        String municipality = caller.municipality();
        return projects.findByIdOptional(id)
                .filter(p -> p.getMunicipality().equals(municipality) || p.isShared())
                .orElseThrow(() -> ProblemException.notFound("Project " + id));
    }

    /** Whether the project belongs to the caller's municipality (rather than being read as a shared project). */
    public boolean isOwn(Project project) {
        return project.getMunicipality().equals(caller.municipality());
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
                .orElseThrow(() -> notOurs(id));
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

    /** Another municipality's shared project may be read but not changed; anything else is not found. */
    private ProblemException notOurs(UUID id) {
        if (projects.findByIdOptional(id).filter(Project::isShared).isPresent()) {
            return ProblemException.forbidden("Project " + id + " is shared by another municipality: it can be read and"
                    + " adopted, but only its own municipality changes it");
        }
        return ProblemException.notFound("Project " + id);
    }

    public boolean mayChange(Project project) {
        if (caller.hasRole(Roles.MUNICIPALITY_ADMIN)) {
            return true;
        }
        String me = caller.subject();
        return me != null && (me.equals(project.getChampionUserId()) || team.isMember(project.getId(), me));
    }

    /**
     * Records a change in the project's timeline and change feed; the project counts as changed, so its ETag
     * moves on. Call it last in the changing transaction: the feed's lock is held from here to the commit.
     */
    public TimelineEvent record(Project project, String action, String summary) {
        project.touch(now());
        TimelineEvent event = log(project, action, summary);
        ChangeType type = action.equals("VISIBILITY_CHANGED")
                ? (project.isShared() ? ChangeType.SHARED : ChangeType.UNSHARED)
                : ChangeType.UPDATED;
        emit(type, project, action, null, null, null);
        return event;
    }

    /** A step change: the timeline line carries from, to and the comment; the feed says STEP_CHANGED. */
    public TimelineEvent recordStep(Project project, String summary, ProjectStep from, ProjectStep to, String comment) {
        project.touch(now());
        TimelineEvent event = log(project, "STEP_CHANGED", summary).step(from, to, comment);
        emit(ChangeType.STEP_CHANGED, project, "STEP_CHANGED", from, null, null);
        return event;
    }

    /**
     * Appends to the change feed in the current transaction. SHARED, UNSHARED and ADOPTED events are visible
     * to every municipality; the rest only to the project's own.
     */
    public void emit(ChangeType type, Project project, String action, ProjectStep fromStep, String relatedMunicipality,
            UUID relatedProject) {
        boolean network = type == ChangeType.SHARED || type == ChangeType.UNSHARED || type == ChangeType.ADOPTED;
        Visibility visibility = project.getVisibility();
        changes.append(type, network, project.getId(), project.getMunicipality(), now(), action, project.getStep(), fromStep,
                visibility, relatedMunicipality, relatedProject);
    }

    /** A timeline line written for someone outside the project's municipality: only their municipality is named. */
    public TimelineEvent logForeign(Project project, String action, String summary) {
        String who = "kommune:" + caller.municipality();
        TimelineEvent event = new TimelineEvent(project.getId(), now(), who, "Kommune " + caller.municipality(), action, summary);
        timeline.persist(event);
        return event;
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
