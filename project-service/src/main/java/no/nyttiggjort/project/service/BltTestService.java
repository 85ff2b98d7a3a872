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
import no.nyttiggjort.project.domain.BltTest;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.repository.BltTestRepository;

/** BLT tests: each one closes a loop of need, solution and test. */
@ApplicationScoped
public class BltTestService {

    private final ProjectAccess access;
    private final NeedService needs;
    private final SolutionService solutions;
    private final BltTestRepository tests;

    public BltTestService(ProjectAccess access, NeedService needs, SolutionService solutions, BltTestRepository tests) {
        this.access = access;
        this.needs = needs;
        this.solutions = solutions;
        this.tests = tests;
    }

    @Transactional
    public BltTest create(UUID projectId, BltTestRequest request) {
        Project project = access.changeable(projectId);
        BltTest test = new BltTest(projectId, access.now());
        describe(projectId, test, request);
        tests.persist(test);
        access.record(project, "TEST_ADDED", "BLT-test lagt til (" + test.getType() + "): " + quote(test.getHypothesis()));
        tests.flush();
        return test;
    }

    @Transactional
    public Page<BltTest> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(tests.pageOf(projectId, page.page(), page.size()), tests.countOf(projectId));
    }

    @Transactional
    public BltTest get(UUID projectId, UUID testId) {
        access.readable(projectId);
        return find(projectId, testId);
    }

    @Transactional
    public BltTest update(UUID projectId, UUID testId, String ifMatch, BltTestRequest request) {
        Project project = access.changeable(projectId);
        BltTest test = find(projectId, testId);
        ETags.requireMatch(ifMatch, test.getVersion());
        describe(projectId, test, request);
        access.record(project, "TEST_CHANGED", "BLT-test endret" + (test.getOutcome() == null ? "" : " (" + test.getOutcome() + ")")
                + ": " + quote(test.getHypothesis()));
        tests.flush();
        return test;
    }

    @Transactional
    public void delete(UUID projectId, UUID testId, String ifMatch) {
        Project project = access.changeable(projectId);
        BltTest test = find(projectId, testId);
        ETags.requireMatch(ifMatch, test.getVersion());
        tests.delete(test);
        access.record(project, "TEST_REMOVED", "BLT-test fjernet: " + quote(test.getHypothesis()));
        tests.flush();
    }

    private void describe(UUID projectId, BltTest test, BltTestRequest request) {
        test.describe(clean(request.hypothesis()), solutions.requireSolution(projectId, request.solutionId(), "solutionId"),
                needs.requireNeeds(projectId, request.needIds(), "needIds"), request.type(), request.date(),
                request.participants(), request.outcome(), clean(request.learning()));
    }

    private BltTest find(UUID projectId, UUID testId) {
        return tests.findInProject(testId, projectId).orElseThrow(() -> ProblemException.notFound("Test " + testId));
    }
}
