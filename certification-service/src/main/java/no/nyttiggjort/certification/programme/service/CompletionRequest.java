package no.nyttiggjort.certification.programme.service;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompletionRequest", description = "A module a participant completed")
public record CompletionRequest(
        @NotNull @Schema(required = true) UUID moduleId,
        @NotNull @Schema(required = true, description = "Within the programme's period and not in the future")
        LocalDate completedOn) {
}
