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
import no.nyttiggjort.project.service.AnchoringRequest;
import no.nyttiggjort.project.service.AnchoringService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A project's anchoring decisions. */
@Path("/api/v1/projects/{projectId}/anchoring")
@Tag(name = "Anchoring", description = "Anchoring decisions (forankring) by leadership, politicians, unions or users")
@Produces(MediaType.APPLICATION_JSON)
public class AnchoringResource {

    private static final String FORBIDDEN = "The caller is not on the team, not the champion and not a municipality-admin";
    private static final String PROJECT_NOT_FOUND = "No such project in the caller's municipality";
    private static final String NOT_FOUND = "No such project in the caller's municipality, or no such anchoring decision in it";

    private final AnchoringService service;

    public AnchoringResource(AnchoringService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "createAnchoringDecision", summary = "Add an anchoring decision to the project", description = Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnchoringResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    public RestResponse<AnchoringResponse> create(@PathParam("projectId") UUID projectId,
            @NotNull(message = "a JSON body is required") @Valid AnchoringRequest body, UriInfo uriInfo) {
        var created = service.create(projectId, body);
        return Responses.created(uriInfo, AnchoringResponse.of(created), created.getVersion(), projectId, "anchoring", created.getId());
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listAnchoringDecisions", summary = "List the project's anchoring decisions, oldest first", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "A page of anchoring decisions")
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    public Page<AnchoringResponse> list(@PathParam("projectId") UUID projectId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return service.list(projectId, PageRequest.parse(page, size)).map(AnchoringResponse::of);
    }

    @GET
    @Path("/{decisionId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getAnchoringDecision", summary = "Read one anchoring decision of the project", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The anchoring decision", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnchoringResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RestResponse<AnchoringResponse> get(@PathParam("projectId") UUID projectId, @PathParam("decisionId") UUID id) {
        var found = service.get(projectId, id);
        return Responses.ok(AnchoringResponse.of(found), found.getVersion());
    }

    @PUT
    @Path("/{decisionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "updateAnchoringDecision", summary = "Replace an anchoring decision's fields",
            description = "Requires If-Match with the anchoring decision's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "200", description = "The updated anchoring decision", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnchoringResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<AnchoringResponse> update(@PathParam("projectId") UUID projectId, @PathParam("decisionId") UUID id,
            @Parameter(description = "The anchoring decision's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid AnchoringRequest body) {
        var updated = service.update(projectId, id, ifMatch, body);
        return Responses.ok(AnchoringResponse.of(updated), updated.getVersion());
    }

    @DELETE
    @Path("/{decisionId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "deleteAnchoringDecision", summary = "Remove an anchoring decision from the project",
            description = "Requires If-Match with the anchoring decision's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> delete(@PathParam("projectId") UUID projectId, @PathParam("decisionId") UUID id,
            @Parameter(description = "The anchoring decision's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, ifMatch);
        return Responses.noContent();
    }
}
