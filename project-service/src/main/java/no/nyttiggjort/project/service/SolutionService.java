package no.nyttiggjort.project.service;

import static no.nyttiggjort.project.service.ProjectAccess.clean;
import static no.nyttiggjort.project.service.ProjectAccess.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.Solution;
import no.nyttiggjort.project.repository.BltTestRepository;
import no.nyttiggjort.project.repository.SolutionRepository;

/** Solutions (løsninger) and the needs they address. */
@ApplicationScoped
public class SolutionService {

    private final ProjectAccess access;
    private final NeedService needs;
    private final SolutionRepository solutions;
    private final BltTestRepository tests;

    public SolutionService(ProjectAccess access, NeedService needs, SolutionRepository solutions, BltTestRepository tests) {
        this.access = access;
        this.needs = needs;
        this.solutions = solutions;
        this.tests = tests;
    }

    @Transactional
    public Solution create(UUID projectId, SolutionRequest request) {
        Project project = access.changeable(projectId);
        Solution solution = new Solution(projectId, access.now());
        solution.describe(clean(request.description()), needs.requireNeeds(projectId, request.needIds(), "needIds"));
        solutions.persist(solution);
        access.record(project, "SOLUTION_ADDED", "Løsning lagt til: " + quote(solution.getDescription()));
        solutions.flush();
        return solution;
    }

    @Transactional
    public Page<Solution> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(solutions.pageOf(projectId, page.page(), page.size()), solutions.countOf(projectId));
    }

    @Transactional
    public Solution get(UUID projectId, UUID solutionId) {
        access.readable(projectId);
        return find(projectId, solutionId);
    }

    @Transactional
    public Solution update(UUID projectId, UUID solutionId, String ifMatch, SolutionRequest request) {
        Project project = access.changeable(projectId);
        Solution solution = find(projectId, solutionId);
        ETags.requireMatch(ifMatch, solution.getVersion());
        solution.describe(clean(request.description()), needs.requireNeeds(projectId, request.needIds(), "needIds"));
        access.record(project, "SOLUTION_CHANGED", "Løsning endret: " + quote(solution.getDescription()));
        solutions.flush();
        return solution;
    }

    @Transactional
    public void delete(UUID projectId, UUID solutionId, String ifMatch) {
        Project project = access.changeable(projectId);
        Solution solution = find(projectId, solutionId);
        ETags.requireMatch(ifMatch, solution.getVersion());
        if (tests.countUsingSolution(solutionId) > 0) {
            throw ProblemException.conflict("Solution " + solutionId + " has been tested; its tests keep it");
        }
        solutions.delete(solution);
        access.record(project, "SOLUTION_REMOVED", "Løsning fjernet: " + quote(solution.getDescription()));
        solutions.flush();
    }

    /** A solution a test names must be this project's. */
    public UUID requireSolution(UUID projectId, UUID solutionId, String field) {
        if (solutionId != null && solutions.findInProject(solutionId, projectId).isEmpty()) {
            throw ProblemException.invalidField(field, "names " + solutionId + ", which is not a solution of this project");
        }
        return solutionId;
    }

    private Solution find(UUID projectId, UUID solutionId) {
        return solutions.findInProject(solutionId, projectId).orElseThrow(() -> ProblemException.notFound("Solution " + solutionId));
    }
}
