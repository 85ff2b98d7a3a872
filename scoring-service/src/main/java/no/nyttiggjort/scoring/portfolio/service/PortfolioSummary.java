package no.nyttiggjort.scoring.portfolio.service;

import java.util.List;
import no.nyttiggjort.scoring.formula.Score;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortfolioSummary", description = "The municipality's scored projects taken together, by latest score")
public record PortfolioSummary(
        long scoredProjects,
        @Schema(description = "Mean of the latest scores; absent with no scored project") Score meanScore,
        @Schema(description = "Projects with a factor at 0") long blockedProjects,
        List<Bucket> distribution,
        List<FactorMean> factorMeans,
        @Schema(description = "A project whose lowest level is shared by several factors counts for each of them")
        List<FactorCount> bottleneckCounts) {
}
