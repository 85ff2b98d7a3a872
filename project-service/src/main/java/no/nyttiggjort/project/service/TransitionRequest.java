package no.nyttiggjort.project.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.nyttiggjort.project.domain.ProjectStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransitionRequest", description = "Move the project to another step")
public record TransitionRequest(
        @NotNull @Schema(required = true, description = "The next step (through its gate), the step before, or STOPPED")
        ProjectStep to,
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000, description = "Why, for the project's history")
        String comment,
        @Size(max = 4000) @Schema(maxLength = 4000, description = "What was learnt; required when stopping")
        String learning) {
}
