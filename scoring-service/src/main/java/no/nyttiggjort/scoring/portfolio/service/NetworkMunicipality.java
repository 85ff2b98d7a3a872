package no.nyttiggjort.scoring.portfolio.service;

import java.util.List;
import no.nyttiggjort.scoring.formula.Score;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkMunicipality", description = "One municipality's scored projects, aggregated; no project or person is named")
public record NetworkMunicipality(
        @Schema(examples = "3053") String municipality,
        long scoredProjects,
        Score meanScore,
        List<FactorCount> bottleneckCounts) {
}
