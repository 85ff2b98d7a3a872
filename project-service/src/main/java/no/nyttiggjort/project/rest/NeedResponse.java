package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.nyttiggjort.project.domain.Need;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Need", description = "A need (behov) of the project's target group")
public record NeedResponse(UUID id, UUID projectId, String statement, String targetGroup,
        @Schema(description = "1 (low) to 5 (high)") int importance, LocalDate identifiedOn, Instant createdAt,
        @Schema(description = "Also sent as the ETag") long version) {

    static NeedResponse of(Need n) {
        return new NeedResponse(n.getId(), n.getProjectId(), n.getStatement(), n.getTargetGroup(), n.getImportance(),
                n.getIdentifiedOn(), n.getCreatedAt(), n.getVersion());
    }
}
