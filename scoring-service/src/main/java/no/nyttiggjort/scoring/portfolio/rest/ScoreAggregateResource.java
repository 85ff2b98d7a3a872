package no.nyttiggjort.scoring.portfolio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.scoring.portfolio.service.NetworkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scoring/aggregates")
@Tag(name = "Network", description = "Aggregates across municipalities for KS-style networks: counts, never people")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreAggregateResource {

    private final NetworkService network;

    public ScoreAggregateResource(NetworkService network) {
        this.network = network;
    }

    @GET
    @Path("/municipalities")
    @RolesAllowed({ Roles.NETWORK_ANALYST, Roles.SERVICE })
    @Operation(operationId = "listScoreAggregatesByMunicipality", summary = "Scores per municipality, aggregated",
            description = "Per municipality: scored projects, the mean of each project's latest score and how many"
                    + " projects have each factor as a bottleneck. With fewer than 5 scored projects the mean and the"
                    + " bottlenecks are withheld (suppressed: true). Kept current as projects are scored, so the answer"
                    + " is immediate however many scores exist. For network analysts and service accounts (the"
                    + " gateway's network overview).")
    @APIResponse(responseCode = "200", description = "Every municipality with scored projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScoreAggregatesResponse.class)))
    public ScoreAggregatesResponse municipalities() {
        return new ScoreAggregatesResponse(network.perMunicipality().stream().map(MunicipalityScoresResponse::of).toList(),
                NetworkService.MINIMUM_PROJECTS);
    }
}
