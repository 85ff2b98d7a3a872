package no.nyttiggjort.scoring.round.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.scoring.formula.Analysis;
import no.nyttiggjort.scoring.formula.Consensus;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.FactorSets;
import no.nyttiggjort.scoring.formula.JustifiedScore;
import no.nyttiggjort.scoring.formula.SuccessFormula;
import no.nyttiggjort.scoring.round.domain.Round;
import no.nyttiggjort.scoring.round.domain.RoundStatus;
import no.nyttiggjort.scoring.round.domain.RoundSubmission;
import no.nyttiggjort.scoring.round.service.RoundView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Round", description = "A blind assessment round as the caller may see it")
public record RoundResponse(
        UUID id,
        UUID projectId,
        String projectTitle,
        @Schema(examples = "3053") String municipality,
        RoundStatus status,
        @Schema(description = "The named assessors' login names") List<String> assessors,
        @Schema(description = "Who has submitted (names only: levels stay hidden while the round is open)")
        List<String> submitted,
        String createdBy,
        Instant createdAt,
        Instant closedAt,
        @Schema(description = "The caller's own levels, if the caller has submitted") List<JustifiedScore> yourScores,
        @Schema(description = "Present once the round is closed") RoundResult result) {

    @Schema(name = "FactorConsensus", description = "The panel's median for one factor (with an even number of "
            + "assessors, the lower middle level) and whether the levels spread two or more apart")
    public record FactorConsensusResponse(Factor factor, int consensus, int lowest, int highest, boolean disagreement) {
    }

    @Schema(name = "RoundSubmission")
    public record SubmissionResponse(String assessor, String name, Instant submittedAt, List<JustifiedScore> scores) {
    }

    @Schema(name = "RoundResult")
    public record RoundResult(List<FactorConsensusResponse> consensus,
            @Schema(description = "The consensus levels run through the formula") Analysis analysis,
            List<SubmissionResponse> submissions) {
    }

    static RoundResponse of(RoundView view) {
        Round r = view.round();
        List<JustifiedScore> own = view.own().map(s -> FactorSets.entries(s.getLevels(), s.getJustifications())).orElse(null);
        return new RoundResponse(r.getId(), r.getProjectId(), r.getProjectTitle(), r.getMunicipality(), r.getStatus(),
                r.getAssessors(), view.submitted(), r.getCreatedByName(), r.getCreatedAt(), r.getClosedAt(), own,
                result(r, view.revealed()));
    }

    private static RoundResult result(Round round, List<RoundSubmission> revealed) {
        if (round.getStatus() != RoundStatus.CLOSED || revealed.isEmpty()) {
            return null;
        }
        List<FactorConsensusResponse> consensus = Consensus.of(revealed.stream().map(RoundSubmission::getLevels).toList())
                .stream()
                .map(c -> new FactorConsensusResponse(c.factor(), c.median(), c.lowest(), c.highest(), c.disagreement()))
                .toList();
        List<SubmissionResponse> submissions = revealed.stream()
                .map(s -> new SubmissionResponse(s.getAssessorUsername(), s.getAssessorName(), s.getSubmittedAt(),
                        FactorSets.entries(s.getLevels(), s.getJustifications())))
                .toList();
        return new RoundResult(consensus, SuccessFormula.analyse(round.getConsensus()), submissions);
    }
}
