package no.nyttiggjort.certification.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.util.UUID;
import no.nyttiggjort.certification.programme.service.CreateProgrammeRequest;
import no.nyttiggjort.certification.programme.service.ModuleRequest;
import no.nyttiggjort.certification.programme.service.ProgrammeService;
import no.nyttiggjort.certification.programme.service.ProgrammeView;
import no.nyttiggjort.certification.programme.service.UpdateProgrammeRequest;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
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
@Tag(name = "Programmes", description = "Innovation-agent programmes of the caller's municipality and their modules")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private final ProgrammeService service;

    public ProgrammeResource(ProgrammeService service) {
        this.service = service;
    }

    @POST
    @Path("/programmes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "createProgramme", summary = "Create a programme in the caller's municipality")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    public RestResponse<ProgrammeResponse> create(
            @NotNull(message = "a JSON body is required") @Valid CreateProgrammeRequest body, UriInfo uriInfo) {
        ProgrammeView view = service.create(body);
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/certification/programmes")
                .path(view.programme().getId().toString()).build();
        return RestResponse.ResponseBuilder.<ProgrammeResponse>created(location).entity(ProgrammeResponse.of(view))
                .header("ETag", ETags.of(view.programme().getVersion())).build();
    }

    @GET
    @Path("/programmes")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "listProgrammes", summary = "List the municipality's programmes, latest start first")
    @APIResponse(responseCode = "200", description = "A page of programmes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammePage.class)))
    public ProgrammePage list(
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        Page<ProgrammeResponse> result = service.list(PageRequest.parse(page, size)).map(ProgrammeResponse::of);
        return new ProgrammePage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/programmes/{id}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "getProgramme", summary = "Read one programme with its modules",
            description = "Another municipality's programme answers 404.")
    @APIResponse(responseCode = "200", description = "The programme",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's municipality")
    public RestResponse<ProgrammeResponse> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("/programmes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "updateProgramme", summary = "Replace a programme's name, period and status",
            description = "Requires If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The updated programme",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's municipality")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProgrammeResponse> update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid UpdateProgrammeRequest body) {
        return withETag(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/programmes/{id}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "addProgrammeModule", summary = "Add a module at the end of a programme")
    @APIResponse(responseCode = "201", description = "The programme with the new module",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The programme is closed or already has a module of that name")
    public RestResponse<ProgrammeResponse> addModule(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ModuleRequest body) {
        ProgrammeView view = service.addModule(id, body);
        return RestResponse.ResponseBuilder.<ProgrammeResponse>create(RestResponse.Status.CREATED)
                .entity(ProgrammeResponse.of(view)).header("ETag", ETags.of(view.programme().getVersion())).build();
    }

    private static RestResponse<ProgrammeResponse> withETag(ProgrammeView view) {
        return RestResponse.ResponseBuilder.ok(ProgrammeResponse.of(view))
                .header("ETag", ETags.of(view.programme().getVersion())).build();
    }
}
