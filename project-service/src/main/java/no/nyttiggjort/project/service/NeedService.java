package no.nyttiggjort.project.service;

import static no.nyttiggjort.project.service.ProjectAccess.clean;
import static no.nyttiggjort.project.service.ProjectAccess.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.project.domain.Insight;
import no.nyttiggjort.project.domain.Need;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.repository.BltTestRepository;
import no.nyttiggjort.project.repository.InsightRepository;
import no.nyttiggjort.project.repository.NeedRepository;
import no.nyttiggjort.project.repository.SolutionRepository;
import no.nyttiggjort.project.repository.WorkshopRepository;

/** Needs (behov) and the insights that back them. */
@ApplicationScoped
public class NeedService {

    private final ProjectAccess access;
    private final NeedRepository needs;
    private final InsightRepository insights;
    private final SolutionRepository solutions;
    private final BltTestRepository tests;
    private final WorkshopRepository workshops;

    public NeedService(ProjectAccess access, NeedRepository needs, InsightRepository insights, SolutionRepository solutions,
            BltTestRepository tests, WorkshopRepository workshops) {
        this.access = access;
        this.needs = needs;
        this.insights = insights;
        this.solutions = solutions;
        this.tests = tests;
        this.workshops = workshops;
    }

    @Transactional
    public Need create(UUID projectId, NeedRequest request) {
        Project project = access.changeable(projectId);
        Need need = new Need(projectId, access.now());
        describe(need, request);
        needs.persist(need);
        access.record(project, "NEED_ADDED", "Behov lagt til: " + quote(need.getStatement()));
        needs.flush();
        return need;
    }

    @Transactional
    public Page<Need> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(needs.pageOf(projectId, page.page(), page.size()), needs.countOf(projectId));
    }

    @Transactional
    public Need get(UUID projectId, UUID needId) {
        access.readable(projectId);
        return find(projectId, needId);
    }

    @Transactional
    public Need update(UUID projectId, UUID needId, String ifMatch, NeedRequest request) {
        Project project = access.changeable(projectId);
        Need need = find(projectId, needId);
        ETags.requireMatch(ifMatch, need.getVersion());
        describe(need, request);
        access.record(project, "NEED_CHANGED", "Behov endret: " + quote(need.getStatement()));
        needs.flush();
        return need;
    }

    /** A need that solutions, tests or workshops point to stays until they no longer do; its insights go with it. */
    @Transactional
    public void delete(UUID projectId, UUID needId, String ifMatch) {
        Project project = access.changeable(projectId);
        Need need = find(projectId, needId);
        ETags.requireMatch(ifMatch, need.getVersion());
        List<String> users = new ArrayList<>();
        if (solutions.countReferencing(needId) > 0) {
            users.add("solutions");
        }
        if (tests.countReferencing(needId) > 0) {
            users.add("tests");
        }
        if (workshops.countReferencing(needId) > 0) {
            users.add("workshops");
        }
        if (!users.isEmpty()) {
            throw ProblemException.conflict("Need " + needId + " is still linked from " + String.join(", ", users)
                    + "; unlink it there first");
        }
        insights.deleteOfNeed(needId);
        needs.delete(need);
        access.record(project, "NEED_REMOVED", "Behov fjernet: " + quote(need.getStatement()));
        needs.flush();
    }

    @Transactional
    public Insight addInsight(UUID projectId, UUID needId, InsightRequest request) {
        Project project = access.changeable(projectId);
        Need need = find(projectId, needId);
        Insight insight = new Insight(projectId, needId, request.source(), request.date(), clean(request.evidence()),
                request.peopleHeard(), access.now());
        insights.persist(insight);
        access.record(project, "INSIGHT_ADDED", "Innsikt (" + request.source() + ") lagt til behovet " + quote(need.getStatement()));
        insights.flush();
        return insight;
    }

    @Transactional
    public Page<Insight> listInsights(UUID projectId, UUID needId, PageRequest page) {
        access.readable(projectId);
        find(projectId, needId);
        return page.of(insights.pageOf(needId, page.page(), page.size()), insights.countOfNeed(needId));
    }

    @Transactional
    public Insight getInsight(UUID projectId, UUID needId, UUID insightId) {
        access.readable(projectId);
        find(projectId, needId);
        return insights.findOfNeed(insightId, needId).orElseThrow(() -> ProblemException.notFound("Insight " + insightId));
    }

    @Transactional
    public void deleteInsight(UUID projectId, UUID needId, UUID insightId, String ifMatch) {
        Project project = access.changeable(projectId);
        Need need = find(projectId, needId);
        Insight insight = insights.findOfNeed(insightId, needId).orElseThrow(() -> ProblemException.notFound("Insight " + insightId));
        ETags.requireMatch(ifMatch, insight.getVersion());
        insights.delete(insight);
        access.record(project, "INSIGHT_REMOVED", "Innsikt fjernet fra behovet " + quote(need.getStatement()));
        insights.flush();
    }

    /**
     * The needs a solution, test or workshop names, which must all be this project's; an unknown one is a
     * 400 naming the field, so nothing is stored half-linked.
     */
    public Set<UUID> requireNeeds(UUID projectId, List<UUID> ids, String field) {
        Set<UUID> result = new LinkedHashSet<>();
        if (ids == null) {
            return result;
        }
        for (UUID id : ids) {
            if (id == null) {
                throw ProblemException.invalidField(field, "must not contain null");
            }
            if (needs.findInProject(id, projectId).isEmpty()) {
                throw ProblemException.invalidField(field, "names " + id + ", which is not a need of this project");
            }
            result.add(id);
        }
        return result;
    }

    private Need find(UUID projectId, UUID needId) {
        return needs.findInProject(needId, projectId).orElseThrow(() -> ProblemException.notFound("Need " + needId));
    }

    private void describe(Need need, NeedRequest request) {
        LocalDate identifiedOn = request.identifiedOn() != null ? request.identifiedOn()
                : LocalDate.ofInstant(access.now(), ZoneOffset.UTC);
        need.describe(clean(request.statement()), clean(request.targetGroup()), request.importance(), identifiedOn);
    }
}
