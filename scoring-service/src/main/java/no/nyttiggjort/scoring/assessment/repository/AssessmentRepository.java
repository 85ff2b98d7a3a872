package no.nyttiggjort.scoring.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.scoring.assessment.domain.Assessment;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    private static final String OF_PROJECT = "projectId = :project and municipality = :municipality";

    /** Newest first; the municipality is checked here too, so a wrong visibility answer cannot leak scores. */
    public List<Assessment> ofProject(UUID projectId, String municipality, int pageIndex, int pageSize) {
        return find(OF_PROJECT, Sort.descending("assessedAt").and("id", Sort.Direction.Descending),
                params(projectId, municipality)).page(Page.of(pageIndex, pageSize)).list();
    }

    public java.util.Optional<Assessment> findInProject(UUID id, UUID projectId, String municipality) {
        return find("id = :id and " + OF_PROJECT, params(projectId, municipality).and("id", id)).firstResultOptional();
    }

    public long countOfProject(UUID projectId, String municipality) {
        return count(OF_PROJECT, params(projectId, municipality));
    }

    private static Parameters params(UUID projectId, String municipality) {
        return Parameters.with("project", projectId).and("municipality", municipality);
    }
}
