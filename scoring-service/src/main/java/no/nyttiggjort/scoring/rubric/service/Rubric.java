package no.nyttiggjort.scoring.rubric.service;

import java.util.List;
import no.nyttiggjort.scoring.formula.Factor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rubric", description = "What each level of each factor means, in Norwegian (nb) and English (en)")
public record Rubric(Text formula, List<FactorRubric> factors) {

    @Schema(name = "RubricText")
    public record Text(String nb, String en) {
    }

    @Schema(name = "RubricLevel")
    public record LevelText(int level, String nb, String en) {
    }

    @Schema(name = "FactorRubric")
    public record FactorRubric(Factor factor, Text name, Text question, List<LevelText> levels) {
    }
}
