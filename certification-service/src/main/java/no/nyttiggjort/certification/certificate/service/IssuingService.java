package no.nyttiggjort.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.domain.CertificateEvent;
import no.nyttiggjort.certification.certificate.domain.CertificateStatus;
import no.nyttiggjort.certification.certificate.domain.EventKind;
import no.nyttiggjort.certification.certificate.repository.CertificateEventRepository;
import no.nyttiggjort.certification.certificate.repository.CertificateRepository;
import no.nyttiggjort.certification.config.CertificationConfig;
import no.nyttiggjort.certification.panel.domain.Decision;
import no.nyttiggjort.certification.panel.domain.Panel;
import no.nyttiggjort.certification.panel.domain.Verdict;
import no.nyttiggjort.certification.panel.domain.Vote;
import no.nyttiggjort.certification.panel.repository.PanelRepository;
import no.nyttiggjort.certification.panel.service.PanelService;
import no.nyttiggjort.certification.panel.service.PresentationView;
import no.nyttiggjort.certification.programme.domain.Enrolment;
import no.nyttiggjort.certification.programme.domain.Programme;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;
import no.nyttiggjort.certification.programme.repository.ProgrammeRepository;
import no.nyttiggjort.certification.programme.service.EnrolmentService;
import no.nyttiggjort.certification.programme.service.EnrolmentView;
import no.nyttiggjort.certification.signing.service.CredentialSigner;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;

/**
 * Issues certificates to participants who completed every module and whose presentation passed.
 * Issuing is safe to repeat: a person holds at most one current certificate per achievement.
 */
@ApplicationScoped
public class IssuingService {

    private final EnrolmentService enrolments;
    private final PanelService panels;
    private final PanelRepository panelRepository;
    private final ProgrammeRepository programmes;
    private final CertificateRepository certificates;
    private final CertificateEventRepository events;
    private final StatusListService statusLists;
    private final CredentialFactory credentials;
    private final CredentialSigner signer;
    private final CertificationConfig config;
    private final Caller caller;
    private final Clock clock;

    public IssuingService(EnrolmentService enrolments, PanelService panels, PanelRepository panelRepository,
            ProgrammeRepository programmes, CertificateRepository certificates, CertificateEventRepository events,
            StatusListService statusLists, CredentialFactory credentials, CredentialSigner signer,
            CertificationConfig config, Caller caller, Clock clock) {
        this.enrolments = enrolments;
        this.panels = panels;
        this.panelRepository = panelRepository;
        this.programmes = programmes;
        this.certificates = certificates;
        this.events = events;
        this.statusLists = statusLists;
        this.credentials = credentials;
        this.signer = signer;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * One participant. 409 when they already hold an active or revoked certificate (revocation is
     * final), or are not eligible. A holder whose certificate expired is certified anew, with a new
     * award date; renewing before expiry is {@link #renew}.
     */
    @Transactional
    public Certificate issue(UUID enrolmentId) {
        Enrolment enrolment = enrolments.managed(enrolmentId);
        certificates.lockIssuing(enrolment.getMunicipality());
        Optional<Certificate> current = currentOf(enrolment);
        Instant now = now();
        if (current.isPresent() && current.get().status(now) != CertificateStatus.EXPIRED) {
            throw ProblemException.conflict(enrolment.getName() + " already holds this certificate ("
                    + current.get().status(now) + ", " + current.get().getId() + ")");
        }
        EnrolmentView view = enrolments.view(enrolment);
        PresentationView passed = passedPresentation(view)
                .orElseThrow(() -> ProblemException.conflict(enrolment.getName() + " is not eligible: " + whyNot(view)));
        return create(view, passed, now, current.orElse(null), null, EventKind.ISSUED);
    }

    /** Everyone who presented to the panel: issues what is due, and nothing twice when run again. */
    @Transactional
    public BulkIssue issueForPanel(UUID panelId) {
        Panel panel = panels.administered(panelId);
        certificates.lockIssuing(panel.getMunicipality());
        Set<UUID> participants = new LinkedHashSet<>();
        panels.allPresentations(panelId).forEach(p -> p.participants().forEach(e -> participants.add(e.getId())));
        List<Certificate> issued = new ArrayList<>();
        List<UUID> already = new ArrayList<>();
        List<BulkIssue.NotEligible> notEligible = new ArrayList<>();
        Instant now = now();
        for (UUID id : participants) {
            EnrolmentView view = enrolments.view(enrolments.managed(id));
            if (currentOf(view.enrolment()).isPresent()) {
                already.add(id);
                continue;
            }
            Optional<PresentationView> passed = passedPresentation(view);
            if (passed.isEmpty()) {
                notEligible.add(new BulkIssue.NotEligible(id, view.enrolment().getName(), whyNot(view)));
                continue;
            }
            issued.add(create(view, passed.get(), now, null, null, EventKind.ISSUED));
        }
        return new BulkIssue(issued, already, notEligible);
    }

    /** A new certificate for a holder whose certificate has not expired yet; the award date is kept. */
    @Transactional
    public Certificate renew(UUID certificateId) {
        Certificate old = certificates.findInMunicipality(certificateId, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Certificate " + certificateId));
        certificates.lockIssuing(old.getMunicipality());
        Instant now = now();
        if (old.getReplacedBy() != null) {
            throw ProblemException.conflict("Certificate " + certificateId + " was already renewed as " + old.getReplacedBy());
        }
        CertificateStatus status = old.status(now);
        if (status == CertificateStatus.REVOKED) {
            throw ProblemException.conflict("Certificate " + certificateId + " is revoked; revocation is final");
        }
        if (status == CertificateStatus.EXPIRED) {
            throw ProblemException.conflict("Certificate " + certificateId
                    + " has expired; renewal is only possible before expiry, so issue a new certificate instead");
        }
        EnrolmentView view = enrolments.view(enrolments.managed(old.getEnrolmentId()));
        PresentationView presentation = panels.presentationsOf(old.getEnrolmentId()).stream()
                .filter(p -> p.presentation().getId().equals(old.getPresentationId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The presentation of certificate " + certificateId + " is gone"));
        return create(view, presentation, now, old, old.getAwardedAt(), EventKind.RENEWED);
    }

    private Certificate create(EnrolmentView view, PresentationView passed, Instant now, Certificate previous,
            Instant keptAwardDate, EventKind kind) {
        Enrolment e = view.enrolment();
        UUID id = UUID.randomUUID();
        Certificate certificate = new Certificate(id,
                new Certificate.Holder(e.getMunicipality(), e.getProgrammeId(), e.getId(), passed.presentation().getId(),
                        e.getUserId(), e.getName()),
                CredentialFactory.achievementId(e.getMunicipality()), keptAwardDate == null ? now : keptAwardDate, now,
                now.atZone(ZoneOffset.UTC).plus(config.certificates().validity()).toInstant(),
                statusLists.freeIndex(e.getMunicipality()), caller.subject(), keptAwardDate == null ? null : previous.getId());
        CredentialSigner.Signed signed = signer.sign(credentials.credential(certificate, exam(view, passed)));
        certificate.signed(signed.jwt(), signed.kid());
        if (previous != null) {
            // Marked first: the index allows one current certificate per person and achievement.
            previous.replacedBy(id);
            certificates.flush();
        }
        certificates.persist(certificate);
        events.persist(new CertificateEvent(certificate, kind, caller.subject(), caller.displayName(), null, now));
        certificates.flush();
        return certificate;
    }

    private CredentialFactory.Exam exam(EnrolmentView view, PresentationView passed) {
        Programme programme = programmes.findById(view.enrolment().getProgrammeId());
        Panel panel = panelRepository.findById(passed.presentation().getPanelId());
        int passVotes = (int) passed.votes().stream().filter(v -> v.getVerdict() == Verdict.PASS).count();
        Instant decidedAt = passed.votes().stream().map(Vote::getCastAt).max(Instant::compareTo).orElseThrow()
                .truncatedTo(ChronoUnit.SECONDS);
        return new CredentialFactory.Exam(programme.getName(),
                view.modules().stream().mapToInt(ProgrammeModule::getHours).sum(), view.enrolment().getEmail(),
                passed.presentation().getProjectId(), passed.presentation().getProjectTitle(), panel.getName(),
                decidedAt, passVotes, passed.members().size());
    }

    private Optional<Certificate> currentOf(Enrolment e) {
        return certificates.current(e.getMunicipality(), e.getUserId(), CredentialFactory.achievementId(e.getMunicipality()));
    }

    private Optional<PresentationView> passedPresentation(EnrolmentView view) {
        if (!view.completedAllModules()) {
            return Optional.empty();
        }
        return panels.presentationsOf(view.enrolment().getId()).stream()
                .filter(p -> p.decision() == Decision.PASS).findFirst();
    }

    private String whyNot(EnrolmentView view) {
        if (!view.completedAllModules()) {
            return "has not completed every module of the programme";
        }
        List<PresentationView> presented = panels.presentationsOf(view.enrolment().getId());
        if (presented.isEmpty()) {
            return "has not presented to a panel";
        }
        return presented.stream().anyMatch(p -> p.decision() == Decision.PENDING)
                ? "the panel has not decided yet (every member must vote)"
                : "the presentation did not pass";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
