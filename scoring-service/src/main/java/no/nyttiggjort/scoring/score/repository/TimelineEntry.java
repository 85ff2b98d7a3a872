package no.nyttiggjort.scoring.score.repository;

import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.scoring.formula.FactorScores;

/** One point of a project's score over time: an assessment or a closed round's consensus. */
public record TimelineEntry(Kind kind, UUID id, UUID projectId, String municipality, String projectTitle,
        Instant scoredAt, FactorScores levels, int assessorCount) {

    public enum Kind {
        ASSESSMENT,
        ROUND
    }
}
