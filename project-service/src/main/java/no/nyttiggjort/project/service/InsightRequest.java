package no.nyttiggjort.project.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.nyttiggjort.project.domain.InsightSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InsightRequest", description = "What backs a need: where it was heard or seen and the evidence")
public record InsightRequest(
        @NotNull @Schema(required = true) InsightSource source,
        @NotNull @PastOrPresent @Schema(required = true) LocalDate date,
        @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000) String evidence,
        @NotNull @Min(0) @Max(1_000_000) @Schema(required = true, description = "How many people were heard", minimum = "0")
        Integer peopleHeard) {
}
