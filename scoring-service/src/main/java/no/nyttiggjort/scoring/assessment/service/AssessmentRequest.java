package no.nyttiggjort.scoring.assessment.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import no.nyttiggjort.scoring.formula.CompleteFactorSet;
import no.nyttiggjort.scoring.formula.JustifiedScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as the assessor sends it; who assessed and when come from the token and the clock. */
@Schema(name = "AssessmentRequest", description = "One level with a justification for each of the five factors")
public record AssessmentRequest(
        @NotNull @CompleteFactorSet
        @Schema(required = true, minItems = 5, maxItems = 5)
        List<@NotNull @Valid JustifiedScore> scores) {
}
