package no.nyttiggjort.scoring.portfolio.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.Score;
import no.nyttiggjort.scoring.score.repository.TimelineEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortfolioItem", description = "A scored project of the municipality, by its latest score")
public record PortfolioItem(
        @Schema(description = "1 for the highest score") int rank,
        UUID projectId,
        String projectTitle,
        @Schema(description = "Whether the latest score is a round's consensus or a single assessment") TimelineEntry.Kind basedOn,
        Instant scoredAt,
        Score score,
        List<Factor> blocked,
        List<Factor> bottleneck,
        Factor recommendedFocus) {
}
