package no.nyttiggjort.certification.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.nyttiggjort.certification.certificate.service.CertifiedAgentsService;
import no.nyttiggjort.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certification/aggregates")
@Tag(name = "Network", description = "Aggregates across municipalities for KS-style networks: counts, never people")
@Produces(MediaType.APPLICATION_JSON)
public class AggregateResource {

    private final CertifiedAgentsService agents;

    public AggregateResource(CertifiedAgentsService agents) {
        this.agents = agents;
    }

    @GET
    @Path("/municipalities")
    @RolesAllowed({ Roles.NETWORK_ANALYST, Roles.SERVICE })
    @Operation(operationId = "listCertificationAggregatesByMunicipality", summary = "Certified agents per municipality",
            description = "Per municipality: people holding a current certificate that is neither revoked nor expired,"
                    + " as of now. A count below minimumGroupSize (5 unless configured), except 0, is withheld"
                    + " (suppressed: true). Kept current as certificates are"
                    + " issued, renewed and revoked, and recounted when one has expired since. For network analysts and"
                    + " service accounts (the gateway's network overview).")
    @APIResponse(responseCode = "200", description = "Every municipality that has or had certificates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificationAggregatesResponse.class)))
    public CertificationAggregatesResponse municipalities() {
        return new CertificationAggregatesResponse(
                agents.perMunicipality().stream().map(MunicipalityAgentsResponse::of).toList(), agents.minimumGroupSize());
    }
}
