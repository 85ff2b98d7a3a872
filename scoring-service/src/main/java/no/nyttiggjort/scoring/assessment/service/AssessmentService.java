package no.nyttiggjort.scoring.assessment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.scoring.assessment.domain.Assessment;
import no.nyttiggjort.scoring.assessment.repository.AssessmentRepository;
import no.nyttiggjort.scoring.formula.FactorSets;
import no.nyttiggjort.scoring.project.client.ProjectRef;
import no.nyttiggjort.scoring.project.service.ProjectAccess;

/** Records and lists assessments of the projects the caller can see. */
@ApplicationScoped
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final ProjectAccess projects;
    private final Caller caller;
    private final Clock clock;

    public AssessmentService(AssessmentRepository assessments, ProjectAccess projects, Caller caller, Clock clock) {
        this.assessments = assessments;
        this.projects = projects;
        this.caller = caller;
        this.clock = clock;
    }

    public Assessment create(UUID projectId, AssessmentRequest request) {
        ProjectRef project = projects.own(projectId);
        Assessment assessment = new Assessment(project.id(), project.municipality(), project.title(), caller.subject(),
                caller.displayName(), clock.instant(), FactorSets.levels(request.scores()),
                FactorSets.justifications(request.scores()));
        // The transaction opens only after project-service has answered.
        QuarkusTransaction.requiringNew().run(() -> assessments.persist(assessment));
        return assessment;
    }

    public Assessment get(UUID projectId, UUID assessmentId) {
        ProjectRef project = projects.visible(projectId);
        return assessments.findInProject(assessmentId, project.id(), project.municipality())
                .orElseThrow(() -> ProblemException.notFound("Assessment " + assessmentId));
    }

    public Page<Assessment> list(UUID projectId, PageRequest page) {
        ProjectRef project = projects.visible(projectId);
        return page.of(assessments.ofProject(project.id(), project.municipality(), page.page(), page.size()),
                assessments.countOfProject(project.id(), project.municipality()));
    }
}
