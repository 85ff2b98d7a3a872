package no.nyttiggjort.certification.panel.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelMemberRequest", description = "A panel member: a user with the panel-member role, of any municipality")
public record MemberRequest(
        @NotBlank @Size(max = 255) @Schema(required = true, description = "The member's user id in the realm") String userId,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Per Paulsen") String name,
        @NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit municipality number")
        @Schema(required = true, examples = "3026") String municipality,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "The member's role on the panel",
                examples = "Rådmann i nabokommunen") String role) {
}
