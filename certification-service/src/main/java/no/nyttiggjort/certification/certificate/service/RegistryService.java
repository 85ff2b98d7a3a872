package no.nyttiggjort.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.domain.CertificateEvent;
import no.nyttiggjort.certification.certificate.domain.CertificateStatus;
import no.nyttiggjort.certification.certificate.repository.CertificateEventRepository;
import no.nyttiggjort.certification.certificate.repository.CertificateRepository;
import no.nyttiggjort.certification.certificate.repository.MunicipalityCounts;
import no.nyttiggjort.certification.config.CertificationConfig;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;

/** The registry of certified agents: per municipality in full, across municipalities as counts only. */
@ApplicationScoped
public class RegistryService {

    private final CertificateRepository certificates;
    private final CertificateEventRepository events;
    private final CertificationConfig config;
    private final Caller caller;
    private final Clock clock;

    public RegistryService(CertificateRepository certificates, CertificateEventRepository events,
            CertificationConfig config, Caller caller, Clock clock) {
        this.certificates = certificates;
        this.events = events;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Page<Certificate> list(CertificateStatus status, PageRequest page) {
        String municipality = caller.municipality();
        Instant now = clock.instant();
        return page.of(certificates.registry(municipality, status, now, page.page(), page.size()),
                certificates.countRegistry(municipality, status, now));
    }

    @Transactional
    public MunicipalityCounts counts() {
        String municipality = caller.municipality();
        return certificates.countsOf(municipality, clock.instant()).orElse(MunicipalityCounts.none(municipality));
    }

    /** Administrators of the municipality see any of its certificates; a holder sees their own. */
    @Transactional
    public Certificate get(UUID id) {
        if (caller.hasRole(Roles.PROGRAMME_ADMIN) || caller.hasRole(Roles.MUNICIPALITY_ADMIN)) {
            var found = certificates.findInMunicipality(id, caller.municipality());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return certificates.findByIdOptional(id)
                .filter(c -> c.getHolderUserId().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("Certificate " + id));
    }

    @Transactional
    public Page<CertificateEvent> events(UUID id, PageRequest page) {
        certificates.findInMunicipality(id, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Certificate " + id));
        return page.of(events.ofCertificate(id, page.page(), page.size()), events.countOfCertificate(id));
    }

    /** Counts per municipality; a count below the threshold (but above zero) is withheld. */
    @Transactional
    public Page<NetworkCount> network(PageRequest page) {
        int threshold = config.network().minGroupSize();
        List<NetworkCount> items = certificates.countsPerMunicipality(clock.instant(), page.page(), page.size()).stream()
                .map(c -> new NetworkCount(c.municipality(), SmallGroups.shown(c.active(), threshold),
                        SmallGroups.shown(c.expired(), threshold), SmallGroups.shown(c.revoked(), threshold),
                        SmallGroups.suppressed(c.active(), threshold) || SmallGroups.suppressed(c.expired(), threshold)
                                || SmallGroups.suppressed(c.revoked(), threshold)))
                .toList();
        return page.of(items, certificates.countMunicipalities());
    }

    public record NetworkCount(String municipality, Long active, Long expired, Long revoked, boolean suppressed) {
    }
}
