package no.nyttiggjort.project.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.TestOutcome;
import no.nyttiggjort.project.domain.TestType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BltTestRequest", description = "A BLT test: a hypothesis about a solution for some needs, tried on users")
public record BltTestRequest(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000) String hypothesis,
        @Size(max = 50) @Schema(description = "Ids of this project's needs the test is about") List<UUID> needIds,
        @Schema(description = "Id of this project's solution being tested") UUID solutionId,
        @NotNull @Schema(required = true) TestType type,
        @NotNull @Schema(required = true) LocalDate date,
        @NotNull @Min(0) @Max(1_000_000) @Schema(required = true, minimum = "0") Integer participants,
        @Schema(description = "Absent while the test is planned") TestOutcome outcome,
        @Size(max = 4000) @Schema(maxLength = 4000) String learning) {
}
