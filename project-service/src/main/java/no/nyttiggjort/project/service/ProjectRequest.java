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
        String champion,
        @Size(max = 255)
        @Schema(description = "The champion's user id when the champion is on the team; they may then change the project."
                + " Must be a team member's user id.", maxLength = 255)
        String championUserId,
        @Size(max = 4000)
        @Schema(description = "The problem the project works on; required before the step NEEDS", maxLength = 4000,
                examples = "Unge sosialhjelpsmottakere opplever aktivitetsplikten som straff")
        String problemStatement) {
}
