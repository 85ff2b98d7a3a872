package no.nyttiggjort.project.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.WorkshopKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopRequest", description = "A workshop or idea session: counts only, no personal data about citizens")
public record WorkshopRequest(
        @NotNull @Schema(required = true) WorkshopKind kind,
        @NotNull @Schema(required = true) LocalDate date,
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String targetGroup,
        @NotNull @Min(0) @Max(100_000) @Schema(required = true, minimum = "0") Integer citizens,
        @NotNull @Min(0) @Max(100_000) @Schema(required = true, minimum = "0") Integer employees,
        @Size(max = 4000) @Schema(maxLength = 4000) String summary,
        @Size(max = 50) @Schema(description = "Ids of this project's needs the session produced") List<UUID> needIds) {
}
