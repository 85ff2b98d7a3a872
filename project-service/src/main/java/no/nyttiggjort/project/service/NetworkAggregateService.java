package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.repository.MunicipalityAggregateRepository;

/**
 * Every municipality's projects in numbers, for networks: counts only, no project or person named. The
 * numbers are counts of projects, not of people, so no group is too small to show.
 */
@ApplicationScoped
public class NetworkAggregateService {

    private final MunicipalityAggregateRepository aggregates;

    public NetworkAggregateService(MunicipalityAggregateRepository aggregates) {
        this.aggregates = aggregates;
    }

    /**
     * @param projects active (not archived) projects, as in the municipality summary
     * @param nyttiggjortRate the municipality summary's rate, IN_USE ÷ (IN_USE + STOPPED); null while no project has ended
     */
    public record MunicipalityProjects(String municipality, long projects, Map<ProjectStep, Long> byStep,
            Double nyttiggjortRate, long adoptionsIn, long adoptionsOut) {
    }

    @Transactional
    public List<MunicipalityProjects> perMunicipality() {
        return aggregates.all().stream().map(c -> new MunicipalityProjects(c.municipality(),
                c.byStep().values().stream().mapToLong(Long::longValue).sum(), c.byStep(),
                SummaryService.nyttiggjortRate(c.byStep()), c.adoptionsIn(), c.adoptionsOut())).toList();
    }
}
