package no.nyttiggjort.scoring.round.service;

import java.util.List;
import java.util.Optional;
import no.nyttiggjort.scoring.round.domain.Round;
import no.nyttiggjort.scoring.round.domain.RoundSubmission;

/**
 * A round as one viewer may see it. While the round is open, {@code revealed} is empty and only
 * the viewer's own submission is present: that is what keeps the round blind.
 */
public record RoundView(Round round, List<String> submitted, Optional<RoundSubmission> own,
        List<RoundSubmission> revealed) {
}
