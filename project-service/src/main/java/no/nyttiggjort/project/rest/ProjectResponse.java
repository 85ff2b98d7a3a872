package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.ProjectStatus;
import no.nyttiggjort.project.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Project", description = "An innovation project of one municipality")
public record ProjectResponse(
        UUID id,
        @Schema(description = "Municipality number (kommunenummer)", examples = "3053") String municipality,
        String title,
        String description,
        Sector sector,
        @Schema(description = "The project's champion (ildsjel)") String champion,
        ProjectStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant archivedAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) {

    static ProjectResponse of(Project p) {
        return new ProjectResponse(p.getId(), p.getMunicipality(), p.getTitle(), p.getDescription(), p.getSector(),
                p.getChampion(), p.getStatus(), p.getCreatedAt(), p.getUpdatedAt(), p.getArchivedAt(), p.getVersion());
    }
}
