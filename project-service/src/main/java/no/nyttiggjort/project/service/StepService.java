package no.nyttiggjort.project.service;

import static no.nyttiggjort.project.service.ProjectAccess.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.common.problem.FieldError;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.repository.AnchoringRepository;
import no.nyttiggjort.project.repository.BenefitRepository;
import no.nyttiggjort.project.repository.BltTestRepository;
import no.nyttiggjort.project.repository.InsightRepository;
import no.nyttiggjort.project.repository.TeamMemberRepository;

/**
 * Moves projects through the KS guide's steps. Forward is one step at a time through a gate; a gate that
 * is not met answers 409 naming every unmet requirement in {@code errors}. Back one step and STOPPED
 * (with what was learnt) are always open until the project has ended.
 */
@ApplicationScoped
public class StepService {

    public static final int MIN_TEAM = 2;

    private final ProjectAccess access;
    private final TeamMemberRepository team;
    private final InsightRepository insights;
    private final BltTestRepository tests;
    private final BenefitRepository benefits;
    private final AnchoringRepository anchoring;

    public StepService(ProjectAccess access, TeamMemberRepository team, InsightRepository insights, BltTestRepository tests,
            BenefitRepository benefits, AnchoringRepository anchoring) {
        this.access = access;
        this.team = team;
        this.insights = insights;
        this.tests = tests;
        this.benefits = benefits;
        this.anchoring = anchoring;
    }

    @Transactional
    public Project transition(UUID projectId, String ifMatch, TransitionRequest request) {
        ProjectStep to = request.to();
        String learning = clean(request.learning());
        if (to == ProjectStep.STOPPED && learning == null) {
            throw ProblemException.invalidField("learning", "must not be blank when stopping a project: say what was learnt");
        }
        Project project = access.changeable(projectId, ifMatch);
        ProjectStep from = project.getStep();
        if (from.isFinal()) {
            throw ProblemException.conflict("The project has ended (" + from + "); its step can no longer change");
        }
        String kind;
        if (to == ProjectStep.STOPPED) {
            kind = "stopped";
        } else if (to == from.previous()) {
            kind = "back";
        } else if (to == from.next()) {
            List<FieldError> unmet = unmet(project, to);
            if (!unmet.isEmpty()) {
                throw new ProblemException(409, "gate-not-met", "Gate not met", "The project cannot move from " + from
                        + " to " + to + " yet: " + unmet.size() + " requirement(s) are not met", unmet, null);
            }
            kind = "forward";
        } else {
            throw ProblemException.conflict("From " + from + " a project moves on to " + from.next()
                    + (from.previous() == null ? "" : ", back to " + from.previous()) + " or to STOPPED, not to " + to);
        }
        project.moveTo(to, learning, access.now());
        String comment = clean(request.comment());
        String summary = switch (kind) {
            case "stopped" -> "Prosjektet ble stoppet i steget " + from + ". Læring: " + learning;
            case "back" -> "Tilbake fra " + from + " til " + to;
            default -> "Videre fra " + from + " til " + to;
        };
        access.recordStep(project, summary, from, to, comment);
        return project;
    }

    /** Every requirement of the gate into {@code to} that the project does not meet, each named by field. */
    public List<FieldError> unmet(Project project, ProjectStep to) {
        UUID id = project.getId();
        List<FieldError> unmet = new ArrayList<>();
        switch (to) {
            case NEEDS -> {
                if (project.getChampion() == null && project.getChampionUserId() == null) {
                    unmet.add(new FieldError("champion", "the project needs a champion (ildsjel)"));
                }
                long members = team.countOf(id);
                if (members < MIN_TEAM) {
                    unmet.add(new FieldError("team", "the team needs at least " + MIN_TEAM + " people; it has " + members));
                }
                if (project.getProblemStatement() == null) {
                    unmet.add(new FieldError("problemStatement", "describe the problem the project works on"));
                }
            }
            case EXPLORE -> {
                if (!insights.hasBackedNeed(id)) {
                    unmet.add(new FieldError("needs", "at least one need must be backed by an insight (INTERVIEW, OBSERVATION,"
                            + " SURVEY, WORKSHOP or DATA, with evidence)"));
                }
            }
            case REALISE -> {
                if (!tests.hasConfirmedTestLinkedToANeed(id)) {
                    unmet.add(new FieldError("tests", "at least one BLT test with outcome CONFIRMED, linked to a need"));
                }
            }
            case IN_USE -> {
                if (!benefits.hasMeasuredBenefit(id)) {
                    unmet.add(new FieldError("benefits", "at least one benefit with a baseline and a measurement taken after it"));
                }
                if (!anchoring.hasNormalOperationDecision(id)) {
                    unmet.add(new FieldError("anchoring", "an anchoring decision that puts the solution into normal operation"));
                }
            }
            default -> {
                // FOUNDATION is reached only by going back; STOPPED has no gate but its learning text.
            }
        }
        return unmet;
    }
}
