package no.nyttiggjort.scoring.portfolio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.scoring.portfolio.service.NetworkService;
import no.nyttiggjort.scoring.portfolio.service.PortfolioService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scoring")
@Tag(name = "Portfolio", description = "Scores taken together: the municipality's portfolio and the network view")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    private final PortfolioService portfolio;
    private final NetworkService network;

    public PortfolioResource(PortfolioService portfolio, NetworkService network) {
        this.portfolio = portfolio;
        this.network = network;
    }

    @GET
    @Path("/portfolio")
    @RolesAllowed({ Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "getPortfolio", summary = "The municipality's scored projects ranked by latest score",
            description = "Latest score = the newer of the last assessment and the last closed round's consensus. "
                    + "Equal scores rank the more recently scored first.")
    @APIResponse(responseCode = "200", description = "Summary and a page of ranked projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortfolioResponse.class)))
    public PortfolioResponse portfolio(
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        PortfolioService.Portfolio result = portfolio.portfolio(PageRequest.parse(page, size));
        var p = result.projects();
        return new PortfolioResponse(result.summary(), p.items(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("/network")
    @RolesAllowed(Roles.NETWORK_ANALYST)
    @Operation(operationId = "getNetwork", summary = "Scores per municipality across the network, aggregated",
            description = "Per municipality: scored projects, mean latest score and how often each factor is a "
                    + "bottleneck. Municipalities with fewer than 5 scored projects are only counted. No personal data.")
    @APIResponse(responseCode = "200", description = "A page of municipalities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkResponse.class)))
    public NetworkResponse network(
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        NetworkService.Network result = network.network(PageRequest.parse(page, size));
        var m = result.municipalities();
        return new NetworkResponse(m.items(), m.page(), m.size(), m.total(), result.suppressedMunicipalities(),
                NetworkService.MINIMUM_PROJECTS);
    }
}
