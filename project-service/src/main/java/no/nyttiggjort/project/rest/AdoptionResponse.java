package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.project.domain.Project;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Adoption", description = "A municipality that adopted the project")
public record AdoptionResponse(
        @Schema(description = "The adopting municipality's number", examples = "3054") String municipality,
        @Schema(description = "The adopter's own project; given only while that project is shared, absent otherwise")
        UUID projectId,
        Instant adoptedAt) {

    static AdoptionResponse of(Project adopted) {
        return new AdoptionResponse(adopted.getMunicipality(), adopted.isShared() ? adopted.getId() : null,
                adopted.getCreatedAt());
    }
}
