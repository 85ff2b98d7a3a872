package no.nyttiggjort.scoring.round.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.common.web.QueryParams;
import no.nyttiggjort.scoring.round.domain.RoundStatus;
import no.nyttiggjort.scoring.round.service.RoundRequest;
import no.nyttiggjort.scoring.round.service.RoundService;
import no.nyttiggjort.scoring.round.service.RoundView;
import no.nyttiggjort.scoring.round.service.SubmissionRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/scoring")
@Tag(name = "Rounds", description = "Blind rounds: several named assessors score a project independently; "
        + "the consensus is the median per factor")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    private final RoundService service;

    public RoundResource(RoundService service) {
        this.service = service;
    }

    @POST
    @Path("/projects/{projectId}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "createRound", summary = "Open a blind round for a project of the caller's municipality")
    @APIResponse(responseCode = "201", description = "The open round",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "404", description = "The caller cannot see this project")
    @APIResponse(responseCode = "503", description = "project-service cannot be asked whether the project is visible")
    public RestResponse<RoundResponse> create(@PathParam("projectId") UUID projectId,
            @NotNull(message = "a JSON body is required") @Valid RoundRequest body, UriInfo uriInfo) {
        RoundView round = service.create(projectId, body);
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/scoring/rounds").path(round.round().getId().toString()).build();
        return RestResponse.ResponseBuilder.<RoundResponse>created(location).entity(RoundResponse.of(round)).build();
    }

    @GET
    @Path("/rounds")
    @RolesAllowed({ Roles.ASSESSOR, Roles.PANEL_MEMBER, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "listMyRounds", summary = "List the rounds that name the caller, newest first")
    @APIResponse(responseCode = "200", description = "A page of rounds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundPage.class)))
    public RoundPage mine(
            @Parameter(description = "Only rounds with this status", schema = @Schema(implementation = RoundStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        RoundStatus filter = QueryParams.enumValue("status", status, RoundStatus.class);
        Page<RoundSummary> result = service.mine(filter, PageRequest.parse(page, size)).map(RoundSummary::of);
        return new RoundPage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/rounds/{roundId}")
    @RolesAllowed({ Roles.ASSESSOR, Roles.PANEL_MEMBER, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "getRound", summary = "Read a round",
            description = "While the round is open each assessor sees only their own levels; once it is closed, "
                    + "everyone who may read it sees the consensus, the disagreements and every submission.")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "404", description = "No such round, or the caller is neither named in it nor "
            + "an assessor or administrator of its municipality")
    public RoundResponse get(@PathParam("roundId") UUID roundId) {
        return RoundResponse.of(service.get(roundId));
    }

    @POST
    @Path("/rounds/{roundId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ASSESSOR, Roles.PANEL_MEMBER, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "submitRoundScores", summary = "Submit the caller's own levels in a round",
            description = "Only assessors named in the round may submit, once each, from any municipality. "
                    + "The last named assessor's submission closes the round.")
    @APIResponse(responseCode = "200", description = "The round as the caller now sees it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "404", description = "No such round visible to the caller")
    @APIResponse(responseCode = "409", description = "The round is closed, or the caller has already submitted")
    public RoundResponse submit(@PathParam("roundId") UUID roundId,
            @NotNull(message = "a JSON body is required") @Valid SubmissionRequest body) {
        return RoundResponse.of(service.submit(roundId, body));
    }

    @POST
    @Path("/rounds/{roundId}/close")
    @RolesAllowed({ Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "closeRound", summary = "Close a round before every assessor has submitted",
            description = "The consensus is taken over the submissions so far.")
    @APIResponse(responseCode = "200", description = "The closed round with its consensus",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "404", description = "No such round visible to the caller")
    @APIResponse(responseCode = "409", description = "Already closed, or nobody has submitted")
    public RoundResponse close(@PathParam("roundId") UUID roundId) {
        return RoundResponse.of(service.close(roundId));
    }
}
