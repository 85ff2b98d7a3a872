package no.nyttiggjort.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.TimelineEvent;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEvent, UUID> {

    /** Newest first. */
    public List<TimelineEvent> pageOf(UUID projectId, int pageIndex, int pageSize) {
        return find("projectId", Sort.descending("at").and("id", Sort.Direction.Descending), projectId)
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public long countOf(UUID projectId) {
        return count("projectId", projectId);
    }
}
