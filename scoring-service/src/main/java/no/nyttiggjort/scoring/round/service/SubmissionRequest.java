package no.nyttiggjort.scoring.round.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import no.nyttiggjort.scoring.formula.CompleteFactorSet;
import no.nyttiggjort.scoring.formula.JustifiedScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionRequest", description = "The calling assessor's level and justification for each factor")
public record SubmissionRequest(
        @NotNull @CompleteFactorSet
        @Schema(required = true, minItems = 5, maxItems = 5)
        List<@NotNull @Valid JustifiedScore> scores) {
}
