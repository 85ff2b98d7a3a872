package no.nyttiggjort.scoring.portfolio.rest;

import java.util.Map;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.Score;
import no.nyttiggjort.scoring.portfolio.service.NetworkService.MunicipalityScores;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityScores", description = "One municipality's scored projects, aggregated; no project or person is named")
public record MunicipalityScoresResponse(
        @Schema(examples = "3053") String municipality,
        @Schema(description = "Projects with at least one score (an assessment or a closed round)") long scoredProjects,
        @Schema(description = "True when fewer than minimumProjects projects are scored: then meanScore and bottlenecks"
                + " are withheld, because a mean over one or two projects is those projects' own scores")
        boolean suppressed,
        @Schema(description = "The mean of each scored project's latest score; null when suppressed", nullable = true)
        Score meanScore,
        @Schema(description = "Per factor, how many projects have it at their lowest level below 5 (a shared lowest level"
                + " counts for each factor at it); every factor is present; null when suppressed", nullable = true)
        Map<Factor, Long> bottlenecks) {

    static MunicipalityScoresResponse of(MunicipalityScores m) {
        return new MunicipalityScoresResponse(m.municipality(), m.scoredProjects(), m.suppressed(), m.meanScore(),
                m.bottlenecks());
    }
}
