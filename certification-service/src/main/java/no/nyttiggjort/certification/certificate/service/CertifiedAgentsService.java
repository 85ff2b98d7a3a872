package no.nyttiggjort.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import no.nyttiggjort.certification.certificate.repository.CertifiedAgentsRepository;
import no.nyttiggjort.certification.config.CertificationConfig;

/** How many certified innovation agents each municipality has now, for networks: counts of people, small ones withheld. */
@ApplicationScoped
public class CertifiedAgentsService {

    private final CertifiedAgentsRepository agents;
    private final CertificationConfig config;
    private final Clock clock;

    public CertifiedAgentsService(CertifiedAgentsRepository agents, CertificationConfig config, Clock clock) {
        this.agents = agents;
        this.config = config;
        this.clock = clock;
    }

    /** @param certifiedAgents people with a current, unrevoked, unexpired certificate; null when suppressed */
    public record MunicipalityAgents(String municipality, Long certifiedAgents, boolean suppressed) {
    }

    @Transactional
    public List<MunicipalityAgents> perMunicipality() {
        int threshold = minimumGroupSize();
        return agents.at(clock.instant()).stream()
                .map(a -> new MunicipalityAgents(a.municipality(), SmallGroups.shown(a.certifiedAgents(), threshold),
                        SmallGroups.suppressed(a.certifiedAgents(), threshold)))
                .toList();
    }

    public int minimumGroupSize() {
        return config.network().minGroupSize();
    }
}
