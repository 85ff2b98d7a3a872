package no.nyttiggjort.project.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.project.domain.ProjectStep;

/**
 * Reads the per-municipality counts that a database trigger keeps current as projects change
 * (migration V4), so the network overview costs one small row per municipality, never a scan of the projects.
 */
@ApplicationScoped
public class MunicipalityAggregateRepository {

    private static final String SQL = """
            select municipality, foundation, needs, explore, realise, in_use, stopped, adoptions_in, adoptions_out
              from municipality_project_aggregate
             order by municipality
            """;

    private final EntityManager em;

    public MunicipalityAggregateRepository(EntityManager em) {
        this.em = em;
    }

    /** One municipality's active projects per step (every step present) and its adoptions in and out. */
    public record MunicipalityCounts(String municipality, Map<ProjectStep, Long> byStep, long adoptionsIn, long adoptionsOut) {
    }

    @SuppressWarnings("unchecked")
    public List<MunicipalityCounts> all() {
        List<Object[]> rows = em.createNativeQuery(SQL).getResultList();
        return rows.stream().map(MunicipalityAggregateRepository::counts).toList();
    }

    private static MunicipalityCounts counts(Object[] row) {
        // The columns follow the steps' declaration order, FOUNDATION to STOPPED.
        Map<ProjectStep, Long> byStep = new EnumMap<>(ProjectStep.class);
        ProjectStep[] steps = ProjectStep.values();
        for (int i = 0; i < steps.length; i++) {
            byStep.put(steps[i], ((Number) row[1 + i]).longValue());
        }
        return new MunicipalityCounts((String) row[0], byStep, ((Number) row[7]).longValue(), ((Number) row[8]).longValue());
    }
}
