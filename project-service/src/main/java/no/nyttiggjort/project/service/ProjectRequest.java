package no.nyttiggjort.project.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.nyttiggjort.project.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller may set on a project. The municipality is deliberately absent: it comes from the
 * caller's token.
 */
@Schema(name = "ProjectRequest", description = "The editable fields of a project")
public record ProjectRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, maxLength = 200, examples = "Aktivitetsplikt: fra plikt til privilegium")
        String title,
        @Size(max = 10000)
        @Schema(maxLength = 10000)
        String description,
        @NotNull
        @Schema(required = true)
        Sector sector,
        @Size(max = 200)
        @Schema(description = "The project's champion (ildsjel)", maxLength = 200, examples = "Kari Nordmann")
        String champion) {
}
