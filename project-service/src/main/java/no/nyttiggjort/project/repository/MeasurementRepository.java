package no.nyttiggjort.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.project.domain.Measurement;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, UUID> {

    public Optional<Measurement> findOfBenefit(UUID id, UUID benefitId) {
        return find("id = :id and benefitId = :benefitId", Parameters.with("id", id).and("benefitId", benefitId))
                .firstResultOptional();
    }

    /** Oldest first: a series over time. */
    public List<Measurement> pageOf(UUID benefitId, int pageIndex, int pageSize) {
        return find("benefitId", Sort.ascending("measuredOn").and("createdAt").and("id"), benefitId)
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public long countOfBenefit(UUID benefitId) {
        return count("benefitId", benefitId);
    }

    public Optional<Measurement> latestOf(UUID benefitId) {
        return find("benefitId", Sort.descending("measuredOn").and("createdAt", Sort.Direction.Descending), benefitId)
                .firstResultOptional();
    }

    public long deleteOfBenefit(UUID benefitId) {
        return delete("benefitId", benefitId);
    }
}
