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
import no.nyttiggjort.project.service.TeamMemberRequest;
import no.nyttiggjort.project.service.TeamService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A project's team. */
@Path("/api/v1/projects/{projectId}/team")
@Tag(name = "Team", description = "The project team; members with a user id may change the project")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    private static final String FORBIDDEN = "The caller is not on the team, not the champion and not a municipality-admin";
    private static final String PROJECT_NOT_FOUND = "No such project in the caller's municipality";
    private static final String NOT_FOUND = "No such project in the caller's municipality, or no such team member in it";

    private final TeamService service;

    public TeamResource(TeamService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "addTeamMember", summary = "Add a person to the project team", description = Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived, or the user is already on the team")
    public RestResponse<TeamMemberResponse> create(@PathParam("projectId") UUID projectId,
            @NotNull(message = "a JSON body is required") @Valid TeamMemberRequest body, UriInfo uriInfo) {
        var created = service.add(projectId, body);
        return Responses.created(uriInfo, TeamMemberResponse.of(created), created.getVersion(), projectId, "team", created.getId());
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listTeamMembers", summary = "List the project's team members, oldest first", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "A page of team members")
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    public Page<TeamMemberResponse> list(@PathParam("projectId") UUID projectId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return service.list(projectId, PageRequest.parse(page, size)).map(TeamMemberResponse::of);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getTeamMember", summary = "Read one team member of the project", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The team member", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RestResponse<TeamMemberResponse> get(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID id) {
        var found = service.get(projectId, id);
        return Responses.ok(TeamMemberResponse.of(found), found.getVersion());
    }

    @PUT
    @Path("/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "updateTeamMember", summary = "Replace a team member's fields",
            description = "Requires If-Match with the team member's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "200", description = "The updated team member", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived, or the user is already on the team")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<TeamMemberResponse> update(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID id,
            @Parameter(description = "The team member's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid TeamMemberRequest body) {
        var updated = service.update(projectId, id, ifMatch, body);
        return Responses.ok(TeamMemberResponse.of(updated), updated.getVersion());
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "removeTeamMember", summary = "Remove a person from the project team",
            description = "Requires If-Match with the team member's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> delete(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID id,
            @Parameter(description = "The team member's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.remove(projectId, id, ifMatch);
        return Responses.noContent();
    }
}
