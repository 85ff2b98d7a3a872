package no.nyttiggjort.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.project.domain.Insight;

@ApplicationScoped
public class InsightRepository implements PanacheRepositoryBase<Insight, UUID> {

    public Optional<Insight> findOfNeed(UUID id, UUID needId) {
        return find("id = :id and needId = :needId", Parameters.with("id", id).and("needId", needId)).firstResultOptional();
    }

    public List<Insight> pageOf(UUID needId, int pageIndex, int pageSize) {
        return find("needId", Sort.ascending("createdAt").and("id"), needId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countOfNeed(UUID needId) {
        return count("needId", needId);
    }

    public long deleteOfNeed(UUID needId) {
        return delete("needId", needId);
    }

    /** The gate to EXPLORE: a need backed by an insight (each insight has a source and evidence text). */
    public boolean hasBackedNeed(UUID projectId) {
        return count("projectId", projectId) > 0;
    }
}
