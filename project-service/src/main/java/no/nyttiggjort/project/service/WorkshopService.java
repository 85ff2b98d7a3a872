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
import no.nyttiggjort.project.domain.Workshop;
import no.nyttiggjort.project.repository.WorkshopRepository;

/** Workshops (verksteder) and idea sessions (idédugnader) with the target group. */
@ApplicationScoped
public class WorkshopService {

    private final ProjectAccess access;
    private final NeedService needs;
    private final WorkshopRepository workshops;

    public WorkshopService(ProjectAccess access, NeedService needs, WorkshopRepository workshops) {
        this.access = access;
        this.needs = needs;
        this.workshops = workshops;
    }

    @Transactional
    public Workshop create(UUID projectId, WorkshopRequest request) {
        Project project = access.changeable(projectId);
        Workshop workshop = new Workshop(projectId, access.now());
        describe(projectId, workshop, request);
        workshops.persist(workshop);
        access.record(project, "WORKSHOP_ADDED", label(workshop) + " lagt til: " + quote(workshop.getTargetGroup()));
        workshops.flush();
        return workshop;
    }

    @Transactional
    public Page<Workshop> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(workshops.pageOf(projectId, page.page(), page.size()), workshops.countOf(projectId));
    }

    @Transactional
    public Workshop get(UUID projectId, UUID workshopId) {
        access.readable(projectId);
        return find(projectId, workshopId);
    }

    @Transactional
    public Workshop update(UUID projectId, UUID workshopId, String ifMatch, WorkshopRequest request) {
        Project project = access.changeable(projectId);
        Workshop workshop = find(projectId, workshopId);
        ETags.requireMatch(ifMatch, workshop.getVersion());
        describe(projectId, workshop, request);
        access.record(project, "WORKSHOP_CHANGED", label(workshop) + " endret: " + quote(workshop.getTargetGroup()));
        workshops.flush();
        return workshop;
    }

    @Transactional
    public void delete(UUID projectId, UUID workshopId, String ifMatch) {
        Project project = access.changeable(projectId);
        Workshop workshop = find(projectId, workshopId);
        ETags.requireMatch(ifMatch, workshop.getVersion());
        workshops.delete(workshop);
        access.record(project, "WORKSHOP_REMOVED", label(workshop) + " fjernet: " + quote(workshop.getTargetGroup()));
        workshops.flush();
    }

    private void describe(UUID projectId, Workshop workshop, WorkshopRequest request) {
        workshop.describe(request.kind(), request.date(), clean(request.targetGroup()), request.citizens(), request.employees(),
                clean(request.summary()), needs.requireNeeds(projectId, request.needIds(), "needIds"));
    }

    private static String label(Workshop workshop) {
        return switch (workshop.getKind()) {
            case WORKSHOP -> "Verksted";
            case IDEA_SESSION -> "Idédugnad";
        };
    }

    private Workshop find(UUID projectId, UUID workshopId) {
        return workshops.findInProject(workshopId, projectId).orElseThrow(() -> ProblemException.notFound("Workshop " + workshopId));
    }
}
