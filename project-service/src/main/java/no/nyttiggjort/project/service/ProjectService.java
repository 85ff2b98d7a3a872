package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.repository.ProjectRepository;
import no.nyttiggjort.project.repository.ProjectRepository.ProjectSearch;

/** Projects as one municipality sees them: every lookup is scoped to the caller's municipality. */
@ApplicationScoped
public class ProjectService {

    private final ProjectRepository projects;
    private final Caller caller;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, Caller caller, Clock clock) {
        this.projects = projects;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Project create(ProjectRequest request) {
        Project project = new Project(caller.municipality(), caller.subject(), clock.instant());
        project.describe(clean(request.title()), clean(request.description()), request.sector(),
                clean(request.champion()), clock.instant());
        projects.persist(project);
        return project;
    }

    @Transactional
    public Project get(UUID id) {
        return projects.findInMunicipality(id, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Project " + id));
    }

    @Transactional
    public Page<Project> list(ProjectSearch search, PageRequest page) {
        return page.of(projects.search(search, page.page(), page.size()), projects.count(search));
    }

    @Transactional
    public Project update(UUID id, String ifMatch, ProjectRequest request) {
        Project project = get(id);
        ETags.requireMatch(ifMatch, project.getVersion());
        if (project.isArchived()) {
            throw ProblemException.conflict("Project " + id + " is archived and can no longer be changed");
        }
        project.describe(clean(request.title()), clean(request.description()), request.sector(),
                clean(request.champion()), clock.instant());
        projects.flush();
        return project;
    }

    @Transactional
    public Project archive(UUID id, String ifMatch) {
        Project project = get(id);
        if (!caller.hasRole(Roles.MUNICIPALITY_ADMIN) && !project.getCreatedBy().equals(caller.subject())) {
            throw ProblemException.forbidden("Only the project's creator or a municipality administrator may archive it");
        }
        ETags.requireMatch(ifMatch, project.getVersion());
        if (project.isArchived()) {
            throw ProblemException.conflict("Project " + id + " is already archived");
        }
        project.archive(clock.instant());
        projects.flush();
        return project;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
