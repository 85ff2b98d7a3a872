package no.nyttiggjort.project.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamMemberRequest", description = "A person on the project team")
public record TeamMemberRequest(
        @Size(max = 255) @Schema(description = "The person's user id (token subject); members with one may change the project",
                maxLength = 255) String userId,
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Ola Hansen") String name,
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Veileder NAV") String role) {
}
