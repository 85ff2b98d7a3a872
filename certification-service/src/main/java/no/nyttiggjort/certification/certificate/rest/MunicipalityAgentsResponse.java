package no.nyttiggjort.certification.certificate.rest;

import no.nyttiggjort.certification.certificate.service.CertifiedAgentsService.MunicipalityAgents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityCertifiedAgents", description = "One municipality's certified innovation agents, counted; no person is named")
public record MunicipalityAgentsResponse(
        @Schema(examples = "3053") String municipality,
        @Schema(description = "People holding a current certificate that is neither revoked nor expired; null when"
                + " suppressed", nullable = true, examples = "35")
        Long certifiedAgents,
        @Schema(description = "True when the count is from 1 to minimumGroupSize - 1 and is withheld, so no person can"
                + " be singled out; 0 is shown")
        boolean suppressed) {

    static MunicipalityAgentsResponse of(MunicipalityAgents m) {
        return new MunicipalityAgentsResponse(m.municipality(), m.certifiedAgents(), m.suppressed());
    }
}
