package no.nyttiggjort.scoring.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.scoring.assessment.domain.Assessment;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.FactorSets;
import no.nyttiggjort.scoring.formula.JustifiedScore;
import no.nyttiggjort.scoring.formula.Score;
import no.nyttiggjort.scoring.formula.SuccessFormula;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assessment", description = "One assessor's levels for a project; immutable")
public record AssessmentResponse(
        UUID id,
        UUID projectId,
        String projectTitle,
        @Schema(description = "The assessor's name as the token gave it") String assessor,
        Instant assessedAt,
        @Schema(description = "The five factors in the formula's order") List<JustifiedScore> scores,
        Score score,
        @Schema(description = "Factors at level 0, which make the score 0") List<Factor> blocked) {

    static AssessmentResponse of(Assessment a) {
        return new AssessmentResponse(a.getId(), a.getProjectId(), a.getProjectTitle(), a.getAssessorName(),
                a.getAssessedAt(), FactorSets.entries(a.getLevels(), a.getJustifications()),
                SuccessFormula.score(a.getLevels()), SuccessFormula.analyse(a.getLevels()).blocked());
    }
}
