package no.nyttiggjort.certification.programme.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new programme. The municipality is deliberately absent: it comes from the caller's token. */
@Schema(name = "CreateProgrammeRequest", description = "A new innovation-agent programme with its modules")
public record CreateProgrammeRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, maxLength = 200, examples = "Innovasjonsagenter 2026")
        String name,
        @Size(max = 4000)
        @Schema(maxLength = 4000)
        String description,
        @NotNull @Schema(required = true, examples = "2026-01-05") LocalDate startsOn,
        @NotNull @Schema(required = true, examples = "2026-05-26") LocalDate endsOn,
        @Size(max = 50)
        @Schema(description = "The modules in order; more can be added later", maxItems = 50)
        List<@NotNull @Valid ModuleRequest> modules) {
}
