package no.nyttiggjort.project.service;

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
import no.nyttiggjort.project.domain.Visibility;
import no.nyttiggjort.project.repository.ProjectRepository;
import no.nyttiggjort.project.repository.TeamMemberRepository;

/** Sharing a project with every municipality, and adopting another municipality's shared project. */
@ApplicationScoped
public class SharingService {

    private final ProjectRepository projects;
    private final TeamMemberRepository team;
    private final ProjectAccess access;
    private final Caller caller;

    public SharingService(ProjectRepository projects, TeamMemberRepository team, ProjectAccess access, Caller caller) {
        this.projects = projects;
        this.team = team;
        this.access = access;
        this.caller = caller;
    }

    /** Setting the visibility it already has changes nothing (no new version, no event). */
    @Transactional
    public Project setVisibility(UUID id, String ifMatch, VisibilityRequest request) {
        Project project = access.changeable(id, ifMatch);
        if (project.getVisibility() == request.visibility()) {
            return project;
        }
        project.share(request.visibility(), access.now());
        access.record(project, "VISIBILITY_CHANGED", request.visibility() == Visibility.SHARED
                ? "Prosjektet ble delt med alle kommuner" : "Prosjektet er ikke lenger delt med andre kommuner");
        projects.flush();
        return project;
    }

    /**
     * The caller's municipality takes the idea home: a new project of its own in FOUNDATION with the origin's
     * title, description, sector and problem statement, the caller as its first team member, linked to the
     * origin. People (champion, team) are not copied. A municipality adopts a project once.
     */
    @Transactional
    public Project adopt(UUID originId) {
        String municipality = caller.municipality();
        Project origin = projects.findForUpdate(originId)
                .filter(p -> p.getMunicipality().equals(municipality) || p.isShared())
                .orElseThrow(() -> ProblemException.notFound("Project " + originId));
        if (origin.getMunicipality().equals(municipality)) {
            throw ProblemException.conflict("Project " + originId + " is your municipality's own; only other municipalities adopt it");
        }
        if (origin.isArchived()) {
            throw ProblemException.conflict("Project " + originId + " is archived and can no longer be adopted");
        }
        projects.findAdoption(originId, municipality).ifPresent(existing -> {
            throw ProblemException.conflict("Your municipality adopted project " + originId + " already, as project "
                    + existing.getId());
        });
        Project adopted = new Project(municipality, caller.subject(), access.now());
        adopted.describe(origin.getTitle(), origin.getDescription(), origin.getSector(), null, access.now());
        adopted.frame(origin.getProblemStatement(), null);
        adopted.adoptFrom(originId);
        projects.persist(adopted);
        TeamMember creator = new TeamMember(adopted.getId(), access.now());
        creator.describe(caller.subject(), caller.displayName(), ProjectService.CREATOR_ROLE);
        team.persist(creator);
        access.log(adopted, "PROJECT_ADOPTED", "Prosjektet ble adoptert fra kommune " + origin.getMunicipality() + ": "
                + ProjectAccess.quote(origin.getTitle()));
        access.logForeign(origin, "ADOPTED_BY", "Kommune " + municipality + " adopterte prosjektet");
        projects.flush();
        access.emit(ChangeType.CREATED, adopted, "PROJECT_ADOPTED", null, origin.getMunicipality(), originId);
        access.emit(ChangeType.ADOPTED, origin, "ADOPTED_BY", null, municipality, null);
        return adopted;
    }

    /** The origin's adopters; an adopter's project id is given only while that project is shared itself. */
    @Transactional
    public Page<Project> adoptions(UUID originId, PageRequest page) {
        access.readable(originId);
        return page.of(projects.adoptionsOf(originId, page.page(), page.size()), projects.countAdoptionsOf(originId));
    }
}
