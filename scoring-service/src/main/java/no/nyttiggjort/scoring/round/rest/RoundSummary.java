package no.nyttiggjort.scoring.round.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.scoring.round.domain.Round;
import no.nyttiggjort.scoring.round.domain.RoundStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoundSummary", description = "A round in a list; read the round itself for levels")
public record RoundSummary(UUID id, UUID projectId, String projectTitle, String municipality, RoundStatus status,
        List<String> assessors, Instant createdAt, Instant closedAt) {

    static RoundSummary of(Round r) {
        return new RoundSummary(r.getId(), r.getProjectId(), r.getProjectTitle(), r.getMunicipality(), r.getStatus(),
                r.getAssessors(), r.getCreatedAt(), r.getClosedAt());
    }
}
