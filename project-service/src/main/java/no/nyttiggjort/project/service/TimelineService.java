package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.project.domain.TimelineEvent;
import no.nyttiggjort.project.repository.TimelineRepository;

@ApplicationScoped
public class TimelineService {

    private final ProjectAccess access;
    private final TimelineRepository timeline;

    public TimelineService(ProjectAccess access, TimelineRepository timeline) {
        this.access = access;
        this.timeline = timeline;
    }

    @Transactional
    public Page<TimelineEvent> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(timeline.pageOf(projectId, page.page(), page.size()), timeline.countOf(projectId));
    }
}
