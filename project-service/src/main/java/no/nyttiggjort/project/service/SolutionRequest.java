package no.nyttiggjort.project.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SolutionRequest", description = "A solution (løsning) and the needs of this project it addresses")
public record SolutionRequest(
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) String description,
        @Size(max = 50) @Schema(description = "Ids of this project's needs") List<UUID> needIds) {
}
