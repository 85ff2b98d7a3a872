package no.nyttiggjort.certification.panel.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.nyttiggjort.certification.panel.domain.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VoteRequest", description = "A panel member's verdict with a comment")
public record VoteRequest(
        @NotNull @Schema(required = true) Verdict verdict,
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000) String comment) {
}
