package no.nyttiggjort.project.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.project.service.NeedRequest;
import no.nyttiggjort.project.service.NeedService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import no.nyttiggjort.project.service.InsightRequest;

/** A project's needs and their insights. */
@Path("/api/v1/projects/{projectId}/needs")
@Tag(name = "Needs", description = "Needs (behov) and the insights that back them")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource {

    private static final String FORBIDDEN = "The caller is not on the team, not the champion and not a municipality-admin";
    private static final String PROJECT_NOT_FOUND = "No such project in the caller's municipality";
    private static final String NOT_FOUND = "No such project in the caller's municipality, or no such need in it";

    private final NeedService service;

    public NeedResource(NeedService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "createNeed", summary = "Add a need to the project", description = Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    public RestResponse<NeedResponse> create(@PathParam("projectId") UUID projectId,
            @NotNull(message = "a JSON body is required") @Valid NeedRequest body, UriInfo uriInfo) {
        var created = service.create(projectId, body);
        return Responses.created(uriInfo, NeedResponse.of(created), created.getVersion(), projectId, "needs", created.getId());
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listNeeds", summary = "List the project's needs, oldest first", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "A page of needs")
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    public Page<NeedResponse> list(@PathParam("projectId") UUID projectId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return service.list(projectId, PageRequest.parse(page, size)).map(NeedResponse::of);
    }

    @GET
    @Path("/{needId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getNeed", summary = "Read one need of the project", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The need", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RestResponse<NeedResponse> get(@PathParam("projectId") UUID projectId, @PathParam("needId") UUID id) {
        var found = service.get(projectId, id);
        return Responses.ok(NeedResponse.of(found), found.getVersion());
    }

    @PUT
    @Path("/{needId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "updateNeed", summary = "Replace a need's fields",
            description = "Requires If-Match with the need's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "200", description = "The updated need", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<NeedResponse> update(@PathParam("projectId") UUID projectId, @PathParam("needId") UUID id,
            @Parameter(description = "The need's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid NeedRequest body) {
        var updated = service.update(projectId, id, ifMatch, body);
        return Responses.ok(NeedResponse.of(updated), updated.getVersion());
    }

    @DELETE
    @Path("/{needId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "deleteNeed", summary = "Remove a need from the project",
            description = "Requires If-Match with the need's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived, or solutions, tests or workshops still link the need")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> delete(@PathParam("projectId") UUID projectId, @PathParam("needId") UUID id,
            @Parameter(description = "The need's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, ifMatch);
        return Responses.noContent();
    }

    @POST
    @Path("/{needId}/insights")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "addInsight", summary = "Back a need with an insight", description = Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    public RestResponse<InsightResponse> addInsight(@PathParam("projectId") UUID projectId, @PathParam("needId") UUID needId,
            @NotNull(message = "a JSON body is required") @Valid InsightRequest body, UriInfo uriInfo) {
        var created = service.addInsight(projectId, needId, body);
        return Responses.created(uriInfo, InsightResponse.of(created), created.getVersion(), projectId, "needs", needId,
                "insights", created.getId());
    }

    @GET
    @Path("/{needId}/insights")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listInsights", summary = "List the insights that back a need, oldest first",
            description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "A page of insights")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<InsightResponse> listInsights(@PathParam("projectId") UUID projectId, @PathParam("needId") UUID needId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return service.listInsights(projectId, needId, PageRequest.parse(page, size)).map(InsightResponse::of);
    }

    @GET
    @Path("/{needId}/insights/{insightId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getInsight", summary = "Read one insight of a need", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The insight", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project, need or insight")
    public RestResponse<InsightResponse> getInsight(@PathParam("projectId") UUID projectId, @PathParam("needId") UUID needId,
            @PathParam("insightId") UUID insightId) {
        var found = service.getInsight(projectId, needId, insightId);
        return Responses.ok(InsightResponse.of(found), found.getVersion());
    }

    @DELETE
    @Path("/{needId}/insights/{insightId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "deleteInsight", summary = "Remove an insight from a need",
            description = "Requires If-Match with the insight's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such project, need or insight")
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> deleteInsight(@PathParam("projectId") UUID projectId, @PathParam("needId") UUID needId,
            @PathParam("insightId") UUID insightId,
            @Parameter(description = "The insight's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.deleteInsight(projectId, needId, insightId, ifMatch);
        return Responses.noContent();
    }
}
