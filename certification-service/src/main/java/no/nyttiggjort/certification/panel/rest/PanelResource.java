package no.nyttiggjort.certification.panel.rest;

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
import no.nyttiggjort.certification.panel.client.ScoreLookup;
import no.nyttiggjort.certification.panel.service.CreatePanelRequest;
import no.nyttiggjort.certification.panel.service.PanelService;
import no.nyttiggjort.certification.panel.service.PanelView;
import no.nyttiggjort.certification.panel.service.PresentationRequest;
import no.nyttiggjort.certification.panel.service.PresentationView;
import no.nyttiggjort.certification.panel.service.VoteRequest;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/certification")
@Tag(name = "Panels", description = "Expert panels, the presentations they examine and their members' votes")
@Produces(MediaType.APPLICATION_JSON)
public class PanelResource {

    private static final String PAGE = "Page index, from 0";
    private static final String SIZE = "Page size, 1 to 200";

    private final PanelService service;
    private final ScoreLookup scores;
    private final Caller caller;

    public PanelResource(PanelService service, ScoreLookup scores, Caller caller) {
        this.service = service;
        this.scores = scores;
        this.caller = caller;
    }

    @POST
    @Path("/programmes/{programmeId}/panels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "createPanel", summary = "Create an expert panel for a programme",
            description = "Members are users with the panel-member role, of any municipality, and are fixed from now on.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PanelResponse.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The programme is closed")
    public RestResponse<PanelResponse> create(@PathParam("programmeId") UUID programmeId,
            @NotNull(message = "a JSON body is required") @Valid CreatePanelRequest body, UriInfo uriInfo) {
        PanelView view = service.create(programmeId, body);
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/certification/panels")
                .path(view.panel().getId().toString()).build();
        return RestResponse.ResponseBuilder.<PanelResponse>created(location).entity(PanelResponse.of(view)).build();
    }

    @GET
    @Path("/programmes/{programmeId}/panels")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "listPanels", summary = "List a programme's panels")
    @APIResponse(responseCode = "200", description = "A page of panels",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PanelPage.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's municipality")
    public PanelPage list(@PathParam("programmeId") UUID programmeId,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return panelPage(service.ofProgramme(programmeId, PageRequest.parse(page, size)));
    }

    @GET
    @Path("/panels/mine")
    @RolesAllowed(Roles.PANEL_MEMBER)
    @Operation(operationId = "listMyPanels", summary = "The panels the caller sits on, in any municipality")
    @APIResponse(responseCode = "200", description = "A page of panels",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PanelPage.class)))
    public PanelPage mine(
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return panelPage(service.mine(PageRequest.parse(page, size)));
    }

    @GET
    @Path("/panels/{panelId}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN, Roles.PANEL_MEMBER })
    @Operation(operationId = "getPanel", summary = "Read a panel and its members",
            description = "Visible to the administrators of the municipality that runs it and to its named members.")
    @APIResponse(responseCode = "200", description = "The panel",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PanelResponse.class)))
    @APIResponse(responseCode = "404", description = "No such panel visible to the caller")
    public PanelResponse get(@PathParam("panelId") UUID panelId) {
        return PanelResponse.of(service.get(panelId));
    }

    @POST
    @Path("/panels/{panelId}/presentations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "addPresentation", summary = "Schedule a project's presentation to the panel",
            description = "Every presenting participant must be enrolled in the panel's programme with this exam project.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PresentationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such panel in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The project is already presented to this panel")
    public RestResponse<PresentationResponse> addPresentation(@PathParam("panelId") UUID panelId,
            @NotNull(message = "a JSON body is required") @Valid PresentationRequest body) {
        return RestResponse.ResponseBuilder.<PresentationResponse>create(RestResponse.Status.CREATED)
                .entity(respond(service.addPresentation(panelId, body))).build();
    }

    @GET
    @Path("/panels/{panelId}/presentations")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN, Roles.PANEL_MEMBER })
    @Operation(operationId = "listPresentations", summary = "The panel's presentations in scheduled order, with scores")
    @APIResponse(responseCode = "200", description = "A page of presentations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PresentationPage.class)))
    @APIResponse(responseCode = "404", description = "No such panel visible to the caller")
    public PresentationPage presentations(@PathParam("panelId") UUID panelId,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        Page<PresentationResponse> result = service.presentations(panelId, PageRequest.parse(page, size)).map(this::respond);
        return new PresentationPage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/panels/{panelId}/presentations/{presentationId}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN, Roles.PANEL_MEMBER })
    @Operation(operationId = "getPresentation", summary = "Read a presentation with its score, votes and decision",
            description = "The score comes from scoring-service; when it cannot be asked, the score says UNAVAILABLE "
                    + "and everything else still answers.")
    @APIResponse(responseCode = "200", description = "The presentation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PresentationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such panel or presentation visible to the caller")
    public PresentationResponse presentation(@PathParam("panelId") UUID panelId,
            @PathParam("presentationId") UUID presentationId) {
        return respond(service.presentation(panelId, presentationId));
    }

    @POST
    @Path("/panels/{panelId}/presentations/{presentationId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PANEL_MEMBER)
    @Operation(operationId = "castVote", summary = "Record the caller's verdict on a presentation",
            description = "Only named members vote, once each. The decision is PENDING until every member has voted; "
                    + "then PASS if strictly more than half of the members voted PASS, otherwise FAIL (a tie is FAIL).")
    @APIResponse(responseCode = "201", description = "The presentation with the vote",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PresentationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such panel or presentation visible to the caller")
    @APIResponse(responseCode = "409", description = "The caller has already voted on this presentation")
    public RestResponse<PresentationResponse> vote(@PathParam("panelId") UUID panelId,
            @PathParam("presentationId") UUID presentationId,
            @NotNull(message = "a JSON body is required") @Valid VoteRequest body) {
        return RestResponse.ResponseBuilder.<PresentationResponse>create(RestResponse.Status.CREATED)
                .entity(respond(service.vote(panelId, presentationId, body))).build();
    }

    /** The score is fetched outside the service's transaction: a slow scoring-service must not hold a connection. */
    private PresentationResponse respond(PresentationView view) {
        return PresentationResponse.of(view.withScore(scores.latest(view.presentation().getProjectId())), caller.subject());
    }

    private static PanelPage panelPage(Page<PanelView> views) {
        Page<PanelResponse> result = views.map(PanelResponse::of);
        return new PanelPage(result.items(), result.page(), result.size(), result.total());
    }
}
