package no.nyttiggjort.scoring.formula;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Analysis", description = "A factor set run through the success formula")
public record Analysis(
        Score score,
        @Schema(description = "Factors at level 0; any of them makes the score 0") List<Factor> blocked,
        @Schema(description = "The weakest factor(s): all factors at the lowest level; empty when every factor is at 5")
        List<Factor> bottleneck,
        @Schema(description = "Every factor in the formula's order with its gain if raised one level")
        List<FactorOutlook> factors,
        @Schema(description = "Where work pays off most: the largest gain; ties go to the factor first in the formula's "
                + "order (BEHOV, LOSNING, ILDSJEL, TEAM, FORANKRING). When no single raise helps because several factors "
                + "are at 0, the first blocked factor. Absent when every factor is at 5.")
        Factor recommendedFocus) {
}
