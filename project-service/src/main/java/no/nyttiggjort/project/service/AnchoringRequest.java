package no.nyttiggjort.project.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.nyttiggjort.project.domain.AnchoringBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchoringRequest", description = "A decision that anchors the project (forankring)")
public record AnchoringRequest(
        @NotNull @Schema(required = true) AnchoringBody body,
        @NotNull @PastOrPresent @Schema(required = true) LocalDate date,
        @Size(max = 200) @Schema(description = "Case number or other reference", maxLength = 200, examples = "2026/1234")
        String reference,
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) String summary,
        @Schema(description = "Whether the decision puts the solution into normal operation; false when absent")
        Boolean normalOperation) {
}
