package no.nyttiggjort.certification.programme.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModuleRequest", description = "A module of a programme")
public record ModuleRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, maxLength = 200, examples = "Behov – Løsning – Test")
        String name,
        @Size(max = 4000)
        @Schema(maxLength = 4000)
        String description,
        @NotNull @Min(1) @Max(1000)
        @Schema(required = true, minimum = "1", maximum = "1000", examples = "12")
        Integer hours) {
}
