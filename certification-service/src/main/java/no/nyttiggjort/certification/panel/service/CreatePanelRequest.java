package no.nyttiggjort.certification.panel.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePanelRequest", description = "An expert panel with its members, fixed from now on")
public record CreatePanelRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Ekspertpanel mai 2026") String name,
        @NotNull @Size(min = 1, max = 15)
        @Schema(required = true, minItems = 1, maxItems = 15)
        List<@NotNull @Valid MemberRequest> members) {
}
