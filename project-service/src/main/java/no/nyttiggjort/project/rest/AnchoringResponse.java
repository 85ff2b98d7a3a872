package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.nyttiggjort.project.domain.AnchoringBody;
import no.nyttiggjort.project.domain.AnchoringDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchoringDecision", description = "A decision that anchors the project (forankring)")
public record AnchoringResponse(UUID id, UUID projectId, AnchoringBody body, LocalDate date, String reference, String summary,
        @Schema(description = "Whether it puts the solution into normal operation") boolean normalOperation,
        Instant createdAt, long version) {

    static AnchoringResponse of(AnchoringDecision d) {
        return new AnchoringResponse(d.getId(), d.getProjectId(), d.getBody(), d.getDecidedOn(), d.getReference(), d.getSummary(),
                d.isNormalOperation(), d.getCreatedAt(), d.getVersion());
    }
}
