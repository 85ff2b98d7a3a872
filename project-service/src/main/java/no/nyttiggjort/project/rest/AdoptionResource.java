package no.nyttiggjort.project.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.service.SharingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reuse between municipalities: another municipality takes a shared project home as its own. */
@Path("/api/v1/projects/{projectId}/adoptions")
@Tag(name = "Sharing", description = "Shared projects and their adoption by other municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class AdoptionResource {

    private static final String NOT_FOUND = "No such project in the caller's municipality, and no shared project of another";

    private final SharingService service;

    public AdoptionResource(SharingService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "adoptProject", summary = "Adopt another municipality's shared project",
            description = "Creates the caller's municipality's own project in step FOUNDATION with the origin's title,"
                    + " description, sector and problem statement, linked to the origin by adoptedFrom; the caller is its"
                    + " first team member. People are not copied. No body. A municipality adopts a project once.")
    @APIResponse(responseCode = "201", description = "The adopting municipality's new project",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is the caller's municipality's own, is archived, or was"
            + " adopted by the caller's municipality already")
    public RestResponse<ProjectResponse> adopt(@PathParam("projectId") UUID projectId, UriInfo uriInfo) {
        Project adopted = service.adopt(projectId);
        return Responses.created(uriInfo, ProjectResponse.of(adopted), adopted.getVersion(), adopted.getId());
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listAdoptions", summary = "List the municipalities that adopted the project, first adoption first",
            description = "Readable by whoever may read the project. Each adopter is named by its municipality number; its"
                    + " project id is given only while the adopter's project is shared.")
    @APIResponse(responseCode = "200", description = "A page of adoptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdoptionPage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public AdoptionPage list(@PathParam("projectId") UUID projectId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        Page<AdoptionResponse> result = service.adoptions(projectId, PageRequest.parse(page, size)).map(AdoptionResponse::of);
        return new AdoptionPage(result.items(), result.page(), result.size(), result.total());
    }
}
