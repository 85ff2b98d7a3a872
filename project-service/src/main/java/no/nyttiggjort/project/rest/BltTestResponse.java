package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.BltTest;
import no.nyttiggjort.project.domain.TestOutcome;
import no.nyttiggjort.project.domain.TestType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BltTest", description = "A BLT test (need, solution, test)")
public record BltTestResponse(UUID id, UUID projectId, String hypothesis, List<UUID> needIds, UUID solutionId, TestType type,
        LocalDate date, int participants, @Schema(description = "Absent while the test is planned") TestOutcome outcome,
        String learning, Instant createdAt, long version) {

    static BltTestResponse of(BltTest t) {
        return new BltTestResponse(t.getId(), t.getProjectId(), t.getHypothesis(), t.getNeedIds().stream().sorted().toList(),
                t.getSolutionId(), t.getType(), t.getTestedOn(), t.getParticipants(), t.getOutcome(), t.getLearning(),
                t.getCreatedAt(), t.getVersion());
    }
}
