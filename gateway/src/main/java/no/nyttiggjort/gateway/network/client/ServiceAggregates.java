package no.nyttiggjort.gateway.network.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The services' aggregate documents as the gateway reads them. Fields the gateway does not use are ignored,
 * so a service may add some without breaking the overview; a wrong type or a missing list fails the part.
 */
public final class ServiceAggregates {

    private ServiceAggregates() {
    }

    /** project-service: GET /api/v1/projects/aggregates/municipalities. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Projects(List<MunicipalityProjects> municipalities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MunicipalityProjects(String municipality, long projects, Map<String, Long> byStep,
            BigDecimal nyttiggjortRate, long adoptionsIn, long adoptionsOut) {
    }

    /** scoring-service: GET /api/v1/scoring/aggregates/municipalities. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scores(List<MunicipalityScores> municipalities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MunicipalityScores(String municipality, long scoredProjects, boolean suppressed, Score meanScore,
            Map<String, Long> bottlenecks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Score(BigDecimal value, BigDecimal percent) {
    }

    /** certification-service: GET /api/v1/certification/aggregates/municipalities. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Certification(List<MunicipalityAgents> municipalities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MunicipalityAgents(String municipality, Long certifiedAgents, boolean suppressed) {
    }
}
