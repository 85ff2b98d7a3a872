package no.nyttiggjort.scoring.score.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import no.nyttiggjort.scoring.formula.CompleteFactorSet;
import no.nyttiggjort.scoring.formula.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WhatIfRequest", description = "Any five levels to run through the formula; nothing is stored")
public record WhatIfRequest(
        @NotNull @CompleteFactorSet
        @Schema(required = true, minItems = 5, maxItems = 5)
        List<@NotNull @Valid Level> scores) {
}
