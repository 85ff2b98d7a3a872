package no.nyttiggjort.certification.programme.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.nyttiggjort.certification.programme.domain.ProgrammeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateProgrammeRequest", description = "The editable fields of a programme")
public record UpdateProgrammeRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String name,
        @Size(max = 4000) @Schema(maxLength = 4000) String description,
        @NotNull @Schema(required = true) LocalDate startsOn,
        @NotNull @Schema(required = true) LocalDate endsOn,
        @NotNull @Schema(required = true) ProgrammeStatus status) {
}
