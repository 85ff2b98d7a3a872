package no.nyttiggjort.certification.verification.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerifyRequest", description = "A credential to verify")
public record VerifyRequest(
        @NotBlank @Size(max = 20000)
        @Schema(required = true, maxLength = 20000, description = "The VC-JWT (compact JWS) as the holder presented it")
        String credential) {
}
