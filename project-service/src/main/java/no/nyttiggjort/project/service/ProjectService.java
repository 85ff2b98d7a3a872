package no.nyttiggjort.project.service;

import static no.nyttiggjort.project.service.ProjectAccess.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.project.domain.ChangeType;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.TeamMember;
import no.nyttiggjort.project.repository.ProjectRepository;
import no.nyttiggjort.project.repository.ProjectRepository.ProjectSearch;
import no.nyttiggjort.project.repository.TeamMemberRepository;

/** Projects as one municipality sees them: every lookup is scoped to the caller's municipality. */
@ApplicationScoped
public class ProjectService {

    /** The role the creator gets on the team of a new project. */
    public static final String CREATOR_ROLE = "Prosjekteier";

    private final ProjectRepository projects;
    private final TeamMemberRepository team;
    private final ProjectAccess access;
    private final Caller caller;
    private final ProgressService progress;

    public ProjectService(ProjectRepository projects, TeamMemberRepository team, ProjectAccess access, Caller caller,
            ProgressService progress) {
        this.projects = projects;
        this.team = team;
        this.access = access;
        this.caller = caller;
        this.progress = progress;
    }

    /** A project as one read shows it: the project and its progress, in one transaction. */
    public record ProjectView(Project project, ProgressService.Progress progress) {
    }

    /** The creator becomes the first team member, so they may go on changing what they created. */
    @Transactional
    public Project create(ProjectRequest request) {
        Project project = new Project(caller.municipality(), caller.subject(), access.now());
        if (request.championUserId() != null && !request.championUserId().equals(caller.subject())) {
            throw ProblemException.invalidField("championUserId", "must be the user id of a team member;"
                    + " a new project's only member is its creator");
        }
        project.describe(clean(request.title()), clean(request.description()), request.sector(),
                championName(request, caller.displayName()), access.now());
        project.frame(clean(request.problemStatement()), clean(request.championUserId()));
        projects.persist(project);
        TeamMember creator = new TeamMember(project.getId(), access.now());
        creator.describe(caller.subject(), caller.displayName(), CREATOR_ROLE);
        team.persist(creator);
        access.log(project, "PROJECT_CREATED", "Prosjektet ble opprettet: " + ProjectAccess.quote(project.getTitle()));
        projects.flush();
        access.emit(ChangeType.CREATED, project, "PROJECT_CREATED", null, null, null);
        return project;
    }

    @Transactional
    public Project get(UUID id) {
        return access.readable(id);
    }

    @Transactional
    public ProjectView view(UUID id) {
        return new ProjectView(access.readable(id), progress.of(id));
    }

    @Transactional
    public Page<Project> list(ProjectSearch search, PageRequest page) {
        return page.of(projects.search(search, page.page(), page.size()), projects.count(search));
    }

    @Transactional
    public Project update(UUID id, String ifMatch, ProjectRequest request) {
        Project project = access.changeable(id, ifMatch);
        String championUserId = clean(request.championUserId());
        String memberName = null;
        if (championUserId != null) {
            memberName = team.findByUser(id, championUserId).map(TeamMember::getName)
                    .orElseThrow(() -> ProblemException.invalidField("championUserId", "must be the user id of a team member"));
        }
        project.describe(clean(request.title()), clean(request.description()), request.sector(),
                championName(request, memberName), access.now());
        project.frame(clean(request.problemStatement()), championUserId);
        access.record(project, "PROJECT_UPDATED", "Prosjektet ble endret");
        projects.flush();
        return project;
    }

    @Transactional
    public Project archive(UUID id, String ifMatch) {
        Project project = access.changeable(id, ifMatch);
        project.archive(access.now());
        access.record(project, "PROJECT_ARCHIVED", "Prosjektet ble arkivert");
        projects.flush();
        return project;
    }

    /** The champion is a named person; when only their user id is given, the team member's name is used. */
    private static String championName(ProjectRequest request, String fallbackWhenLinked) {
        String named = clean(request.champion());
        if (named != null || clean(request.championUserId()) == null) {
            return named;
        }
        return fallbackWhenLinked;
    }
}
