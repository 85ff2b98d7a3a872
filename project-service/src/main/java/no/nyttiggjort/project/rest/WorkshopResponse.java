package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.Workshop;
import no.nyttiggjort.project.domain.WorkshopKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Workshop", description = "A workshop or idea session with the target group; counts only")
public record WorkshopResponse(UUID id, UUID projectId, WorkshopKind kind, LocalDate date, String targetGroup, int citizens,
        int employees, String summary, @Schema(description = "The needs it produced") List<UUID> needIds, Instant createdAt,
        long version) {

    static WorkshopResponse of(Workshop w) {
        return new WorkshopResponse(w.getId(), w.getProjectId(), w.getKind(), w.getHeldOn(), w.getTargetGroup(), w.getCitizens(),
                w.getEmployees(), w.getSummary(), w.getNeedIds().stream().sorted().toList(), w.getCreatedAt(), w.getVersion());
    }
}
