package no.nyttiggjort.scoring.portfolio.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreAggregates", description = "Every municipality with scored projects, by municipality number. One"
        + " document rather than a page: it holds at most one entry per municipality number.")
public record ScoreAggregatesResponse(
        List<MunicipalityScoresResponse> municipalities,
        @Schema(description = "Scored projects a municipality needs before its mean and bottlenecks are shown", examples = "5")
        int minimumProjects) {
}
