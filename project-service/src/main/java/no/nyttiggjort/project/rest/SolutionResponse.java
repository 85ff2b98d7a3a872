package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.Solution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Solution", description = "A solution (løsning) and the needs it addresses")
public record SolutionResponse(UUID id, UUID projectId, String description, List<UUID> needIds, Instant createdAt, long version) {

    static SolutionResponse of(Solution s) {
        return new SolutionResponse(s.getId(), s.getProjectId(), s.getDescription(), s.getNeedIds().stream().sorted().toList(),
                s.getCreatedAt(), s.getVersion());
    }
}
