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
import no.nyttiggjort.project.domain.AnchoringDecision;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.repository.AnchoringRepository;

/** Anchoring decisions (forankring): leadership, political, union or user backing. */
@ApplicationScoped
public class AnchoringService {

    private final ProjectAccess access;
    private final AnchoringRepository decisions;

    public AnchoringService(ProjectAccess access, AnchoringRepository decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public AnchoringDecision create(UUID projectId, AnchoringRequest request) {
        Project project = access.changeable(projectId);
        AnchoringDecision decision = new AnchoringDecision(projectId, access.now());
        describe(decision, request);
        decisions.persist(decision);
        access.record(project, "ANCHORING_ADDED", "Forankring (" + decision.getBody() + ") lagt til: " + quote(decision.getSummary()));
        decisions.flush();
        return decision;
    }

    @Transactional
    public Page<AnchoringDecision> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(decisions.pageOf(projectId, page.page(), page.size()), decisions.countOf(projectId));
    }

    @Transactional
    public AnchoringDecision get(UUID projectId, UUID decisionId) {
        access.readable(projectId);
        return find(projectId, decisionId);
    }

    @Transactional
    public AnchoringDecision update(UUID projectId, UUID decisionId, String ifMatch, AnchoringRequest request) {
        Project project = access.changeable(projectId);
        AnchoringDecision decision = find(projectId, decisionId);
        ETags.requireMatch(ifMatch, decision.getVersion());
        describe(decision, request);
        access.record(project, "ANCHORING_CHANGED", "Forankring (" + decision.getBody() + ") endret: " + quote(decision.getSummary()));
        decisions.flush();
        return decision;
    }

    @Transactional
    public void delete(UUID projectId, UUID decisionId, String ifMatch) {
        Project project = access.changeable(projectId);
        AnchoringDecision decision = find(projectId, decisionId);
        ETags.requireMatch(ifMatch, decision.getVersion());
        decisions.delete(decision);
        access.record(project, "ANCHORING_REMOVED", "Forankring (" + decision.getBody() + ") fjernet: " + quote(decision.getSummary()));
        decisions.flush();
    }

    private static void describe(AnchoringDecision decision, AnchoringRequest request) {
        decision.describe(request.body(), request.date(), clean(request.reference()), clean(request.summary()),
                Boolean.TRUE.equals(request.normalOperation()));
    }

    private AnchoringDecision find(UUID projectId, UUID decisionId) {
        return decisions.findInProject(decisionId, projectId)
                .orElseThrow(() -> ProblemException.notFound("Anchoring decision " + decisionId));
    }
}
