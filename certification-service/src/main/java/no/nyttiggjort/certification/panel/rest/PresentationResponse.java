package no.nyttiggjort.certification.panel.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.nyttiggjort.certification.panel.client.PanelScore;
import no.nyttiggjort.certification.panel.domain.Decision;
import no.nyttiggjort.certification.panel.domain.PanelMember;
import no.nyttiggjort.certification.panel.domain.Verdict;
import no.nyttiggjort.certification.panel.domain.Vote;
import no.nyttiggjort.certification.panel.service.PresentationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Presentation", description = "A project presented to an expert panel, its votes and decision")
public record PresentationResponse(
        UUID id,
        UUID panelId,
        UUID projectId,
        String projectTitle,
        Instant scheduledAt,
        List<ParticipantResponse> participants,
        @Schema(description = "The project's latest success score from scoring-service") PanelScore score,
        int members,
        int votesCast,
        @Schema(description = "Names of the members who have not voted yet") List<String> awaitingVotesFrom,
        @Schema(description = "Until the decision, only the caller's own vote is shown, so no member is swayed by another's")
        List<VoteResponse> votes,
        Decision decision,
        @Schema(description = "When the last vote was cast; absent while PENDING") Instant decidedAt) {

    @Schema(name = "PresentationParticipant")
    public record ParticipantResponse(UUID enrolmentId, String name) {
    }

    @Schema(name = "Vote")
    public record VoteResponse(UUID memberId, String memberName, String memberRole, Verdict verdict, String comment,
            Instant castAt) {
    }

    static PresentationResponse of(PresentationView view, String callerId) {
        Map<UUID, PanelMember> byId = view.members().stream()
                .collect(Collectors.toMap(PanelMember::getId, Function.identity()));
        Decision decision = view.decision();
        Set<UUID> voted = view.votes().stream().map(Vote::getMemberId).collect(Collectors.toSet());
        List<VoteResponse> shown = view.votes().stream()
                .filter(v -> decision != Decision.PENDING || byId.get(v.getMemberId()).getUserId().equals(callerId))
                .map(v -> {
                    PanelMember m = byId.get(v.getMemberId());
                    return new VoteResponse(m.getId(), m.getName(), m.getPanelRole(), v.getVerdict(), v.getComment(),
                            v.getCastAt());
                }).toList();
        Instant decidedAt = decision == Decision.PENDING ? null
                : view.votes().stream().map(Vote::getCastAt).max(Instant::compareTo).orElse(null);
        return new PresentationResponse(view.presentation().getId(), view.presentation().getPanelId(),
                view.presentation().getProjectId(), view.presentation().getProjectTitle(),
                view.presentation().getScheduledAt(),
                view.participants().stream().map(e -> new ParticipantResponse(e.getId(), e.getName())).toList(),
                view.score(), view.members().size(), view.votes().size(),
                view.members().stream().filter(m -> !voted.contains(m.getId())).map(PanelMember::getName).toList(),
                shown, decision, decidedAt);
    }
}
