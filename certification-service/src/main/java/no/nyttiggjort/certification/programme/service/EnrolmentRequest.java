package no.nyttiggjort.certification.programme.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrolmentRequest", description = "A participant enrolled in a programme")
public record EnrolmentRequest(
        @NotBlank @Size(max = 255)
        @Schema(required = true, description = "The participant's user id in the realm (the token subject)")
        String userId,
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Kari Nordmann") String name,
        @NotBlank @Email @Size(max = 320) @Schema(required = true, maxLength = 320) String email,
        @Size(max = 200) @Schema(maxLength = 200, examples = "NAV Jevnaker") String unit,
        @Size(max = 200) @Schema(maxLength = 200, examples = "Sosionom") String profession,
        @Schema(description = "The exam project, a project of the same municipality in project-service")
        UUID examProjectId) {
}
