package no.nyttiggjort.certification.certificate.service;

import static no.nyttiggjort.certification.common.Times.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.domain.CertificateEvent;
import no.nyttiggjort.certification.certificate.domain.EventKind;
import no.nyttiggjort.certification.certificate.repository.CertificateEventRepository;
import no.nyttiggjort.certification.certificate.repository.CertificateRepository;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;

/**
 * Revocation: irreversible, with a reason, audited. It takes effect in verification at once and in
 * the municipality's status list from its next fetch.
 */
@ApplicationScoped
public class RevocationService {

    private final CertificateRepository certificates;
    private final CertificateEventRepository events;
    private final Caller caller;
    private final Clock clock;

    public RevocationService(CertificateRepository certificates, CertificateEventRepository events, Caller caller,
            Clock clock) {
        this.certificates = certificates;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Certificate revoke(UUID id, RevocationRequest request) {
        Certificate certificate = certificates.findInMunicipality(id, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Certificate " + id));
        if (certificate.getRevokedAt() != null) {
            throw ProblemException.conflict("Certificate " + id + " is already revoked; revocation is irreversible");
        }
        String reason = clean(request.reason());
        certificate.revoke(reason, caller.subject(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        events.persist(new CertificateEvent(certificate, EventKind.REVOKED, caller.subject(), caller.displayName(),
                reason, clock.instant()));
        certificates.flush();
        return certificate;
    }
}
