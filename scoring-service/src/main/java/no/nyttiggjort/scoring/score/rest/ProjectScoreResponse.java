package no.nyttiggjort.scoring.score.rest;

import java.util.UUID;
import no.nyttiggjort.scoring.formula.Analysis;
import no.nyttiggjort.scoring.score.service.ProjectScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectScore", description = "A project's latest score: its most recent assessment or closed round")
public record ProjectScoreResponse(
        UUID projectId,
        String projectTitle,
        @Schema(description = "Where the levels come from") TimelineEntryResponse basedOn,
        @Schema(description = "Score, blocked factors, bottleneck, gain per factor and recommended focus") Analysis analysis) {

    static ProjectScoreResponse of(ProjectScore score) {
        return new ProjectScoreResponse(score.entry().projectId(), score.entry().projectTitle(),
                TimelineEntryResponse.of(score.entry()), score.analysis());
    }
}
