package no.nyttiggjort.gateway.network.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The network overview: per municipality, the projects, scores and certification parts, each either the
 * service's numbers or {"status": "unavailable"} when that service could not be asked. Numbers of small
 * groups arrive already withheld (null, with suppressed: true) from the service that owns them.
 *
 * @param generatedAt when the services were asked (ISO-8601, UTC)
 * @param unavailable the parts no service answered for, in the order projects, scores, certification; empty when complete
 */
public record NetworkOverview(String generatedAt, List<String> unavailable, List<Municipality> municipalities) {

    public static final String AVAILABLE = "available";
    public static final String UNAVAILABLE = "unavailable";

    /** The KS guide's steps and the success formula's factors, in their own order: the overview's fixed columns. */
    public static final List<String> STEPS = List.of("FOUNDATION", "NEEDS", "EXPLORE", "REALISE", "IN_USE", "STOPPED");
    public static final List<String> FACTORS = List.of("BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING");

    public record Municipality(String municipality, Part projects, Part scores, Part certification) {
    }

    /** One service's numbers for a municipality, or the mark that the service did not answer. */
    public sealed interface Part permits Projects, Scores, Certification, Unavailable {

        String status();
    }

    /**
     * @param total active (not archived) projects
     * @param byStep active projects per step, every step present
     * @param nyttiggjortRate IN_USE ÷ (IN_USE + STOPPED); null while no project has ended
     * @param adoptionsIn projects adopted from another municipality's project
     * @param adoptionsOut adoptions of this municipality's projects by others
     */
    public record Projects(String status, long total, Map<String, Long> byStep, BigDecimal nyttiggjortRate,
            long adoptionsIn, long adoptionsOut) implements Part {
    }

    /**
     * @param meanScore the mean of each scored project's latest score; null when suppressed or nothing is scored
     * @param bottlenecks per factor, the projects with it at their lowest level; null when suppressed
     */
    public record Scores(String status, long scoredProjects, boolean suppressed, Score meanScore,
            Map<String, Long> bottlenecks) implements Part {
    }

    public record Score(BigDecimal value, BigDecimal percent) {
    }

    /** @param certifiedAgents people with a valid certificate; null when suppressed */
    public record Certification(String status, Long certifiedAgents, boolean suppressed) implements Part {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unavailable(String status) implements Part {

        public static final Unavailable INSTANCE = new Unavailable(UNAVAILABLE);
    }

    /** No service answered: there is nothing to show. */
    public boolean empty() {
        return unavailable.size() == 3;
    }
}
