package no.nyttiggjort.scoring.round.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.scoring.config.CurrentUser;
import no.nyttiggjort.scoring.formula.Consensus;
import no.nyttiggjort.scoring.formula.FactorScores;
import no.nyttiggjort.scoring.formula.FactorSets;
import no.nyttiggjort.scoring.project.client.ProjectRef;
import no.nyttiggjort.scoring.project.service.ProjectAccess;
import no.nyttiggjort.scoring.round.domain.Round;
import no.nyttiggjort.scoring.round.domain.RoundStatus;
import no.nyttiggjort.scoring.round.domain.RoundSubmission;
import no.nyttiggjort.scoring.round.repository.RoundRepository;
import no.nyttiggjort.scoring.round.repository.SubmissionRepository;

/**
 * Blind rounds. Creating one needs project-service (the organiser must see the project); after
 * that the round itself carries the municipality, and being named in it is what lets an assessor
 * from another municipality score.
 */
@ApplicationScoped
public class RoundService {

    private final RoundRepository rounds;
    private final SubmissionRepository submissions;
    private final ProjectAccess projects;
    private final Caller caller;
    private final CurrentUser user;
    private final Clock clock;

    public RoundService(RoundRepository rounds, SubmissionRepository submissions, ProjectAccess projects, Caller caller,
            CurrentUser user, Clock clock) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.projects = projects;
        this.caller = caller;
        this.user = user;
        this.clock = clock;
    }

    public RoundView create(UUID projectId, RoundRequest request) {
        List<String> names = request.assessors().stream().map(String::strip).toList();
        if (new HashSet<>(names).size() != names.size()) {
            throw ProblemException.invalidField("assessors", "must not name anyone twice");
        }
        ProjectRef project = projects.own(projectId);
        Round round = new Round(project.id(), project.municipality(), project.title(), names, caller.subject(),
                caller.displayName(), clock.instant());
        QuarkusTransaction.requiringNew().run(() -> rounds.persist(round));
        return new RoundView(round, List.of(), Optional.empty(), List.of());
    }

    @Transactional
    public RoundView get(UUID roundId) {
        return view(readable(rounds.findByIdOptional(roundId), roundId));
    }

    @Transactional
    public RoundView submit(UUID roundId, SubmissionRequest request) {
        Round round = readable(rounds.findForUpdate(roundId), roundId);
        String username = user.username();
        if (!round.names(username)) {
            throw ProblemException.forbidden("You are not named as an assessor in this round");
        }
        if (!round.isOpen()) {
            throw ProblemException.conflict("The round is closed; its consensus is final");
        }
        if (submissions.hasSubmitted(roundId, username)) {
            throw ProblemException.conflict("You have already submitted your levels in this round; they are final");
        }
        submissions.persist(new RoundSubmission(roundId, username, caller.subject(), caller.displayName(),
                clock.instant(), FactorSets.levels(request.scores()), FactorSets.justifications(request.scores())));
        submissions.flush();
        List<RoundSubmission> all = submissions.ofRound(roundId);
        Set<String> done = new HashSet<>(all.stream().map(RoundSubmission::getAssessorUsername).toList());
        if (done.containsAll(round.getAssessors())) {
            closeWith(round, all);
        }
        return view(round);
    }

    @Transactional
    public RoundView close(UUID roundId) {
        Round round = readable(rounds.findForUpdate(roundId), roundId);
        if (!isOrganiser(round)) {
            throw ProblemException.forbidden("Only the municipality's assessors and administrators may close a round");
        }
        if (!round.isOpen()) {
            throw ProblemException.conflict("The round is already closed");
        }
        List<RoundSubmission> all = submissions.ofRound(roundId);
        if (all.isEmpty()) {
            throw ProblemException.conflict("Nobody has submitted yet; a round without levels has no consensus");
        }
        closeWith(round, all);
        return view(round);
    }

    @Transactional
    public Page<Round> mine(RoundStatus status, PageRequest page) {
        String username = user.username();
        return page.of(rounds.naming(username, status, page.page(), page.size()), rounds.countNaming(username, status));
    }

    private void closeWith(Round round, List<RoundSubmission> all) {
        List<FactorScores> panel = all.stream().map(RoundSubmission::getLevels).toList();
        round.close(Consensus.levels(Consensus.of(panel)), clock.instant());
    }

    /**
     * Named assessors may read the round wherever they work; the municipality's assessors and
     * administrators may read it too. Anyone else is told it does not exist.
     */
    private Round readable(Optional<Round> found, UUID roundId) {
        Round round = found.orElseThrow(() -> ProblemException.notFound("Round " + roundId));
        if (round.names(user.username()) || isOrganiser(round)) {
            return round;
        }
        throw ProblemException.notFound("Round " + roundId);
    }

    private boolean isOrganiser(Round round) {
        return (caller.hasRole(Roles.ASSESSOR) || caller.hasRole(Roles.MUNICIPALITY_ADMIN))
                && round.getMunicipality().equals(caller.municipality());
    }

    private RoundView view(Round round) {
        List<RoundSubmission> all = submissions.ofRound(round.getId());
        List<String> submitted = all.stream().map(RoundSubmission::getAssessorUsername).sorted().toList();
        String username = user.username();
        Optional<RoundSubmission> own = all.stream().filter(s -> s.getAssessorUsername().equals(username)).findFirst();
        return new RoundView(round, submitted, own, round.getStatus() == RoundStatus.CLOSED ? all : List.of());
    }
}
