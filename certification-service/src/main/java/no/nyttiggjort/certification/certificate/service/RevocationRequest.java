package no.nyttiggjort.certification.certificate.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevocationRequest", description = "Why a certificate is revoked; kept in the audit trail, never published")
public record RevocationRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000) String reason) {
}
