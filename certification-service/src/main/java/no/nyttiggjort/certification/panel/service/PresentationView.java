package no.nyttiggjort.certification.panel.service;

import java.util.List;
import no.nyttiggjort.certification.panel.client.PanelScore;
import no.nyttiggjort.certification.panel.domain.Decision;
import no.nyttiggjort.certification.panel.domain.PanelMember;
import no.nyttiggjort.certification.panel.domain.Presentation;
import no.nyttiggjort.certification.panel.domain.Verdict;
import no.nyttiggjort.certification.panel.domain.Vote;
import no.nyttiggjort.certification.programme.domain.Enrolment;

/** A presentation with everything needed to judge it: participants, votes, the derived decision and the score. */
public record PresentationView(Presentation presentation, List<PanelMember> members, List<Enrolment> participants,
        List<Vote> votes, PanelScore score) {

    public Decision decision() {
        int pass = (int) votes.stream().filter(v -> v.getVerdict() == Verdict.PASS).count();
        return Decision.of(members.size(), pass, votes.size() - pass);
    }

    public PresentationView withScore(PanelScore newScore) {
        return new PresentationView(presentation, members, participants, votes, newScore);
    }
}
