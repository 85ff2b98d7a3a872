package no.nyttiggjort.project.service;

import jakarta.validation.constraints.NotNull;
import no.nyttiggjort.project.domain.Visibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisibilityRequest", description = "Who may read the project")
public record VisibilityRequest(
        @NotNull
        @Schema(required = true, description = "MUNICIPALITY: only the project's municipality; SHARED: every municipality may"
                + " read it and its parts and adopt it, none but its own may change it")
        Visibility visibility) {
}
