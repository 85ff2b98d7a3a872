package no.nyttiggjort.scoring.score.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.Level;
import no.nyttiggjort.scoring.formula.Score;
import no.nyttiggjort.scoring.formula.SuccessFormula;
import no.nyttiggjort.scoring.score.repository.TimelineEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreEntry", description = "One point in a project's score history: an assessment or a closed round")
public record TimelineEntryResponse(
        TimelineEntry.Kind kind,
        @Schema(description = "The assessment's or the round's id") UUID id,
        Instant scoredAt,
        @Schema(description = "1 for an assessment; the number of submissions for a round") int assessors,
        List<Level> levels,
        Score score,
        List<Factor> blocked) {

    static TimelineEntryResponse of(TimelineEntry e) {
        List<Level> levels = Arrays.stream(Factor.values())
                .map(f -> new Level(f.name(), e.levels().get(f))).toList();
        var analysis = SuccessFormula.analyse(e.levels());
        return new TimelineEntryResponse(e.kind(), e.id(), e.scoredAt(), e.assessorCount(), levels, analysis.score(),
                analysis.blocked());
    }
}
