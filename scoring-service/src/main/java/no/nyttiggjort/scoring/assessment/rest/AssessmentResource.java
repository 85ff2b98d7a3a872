package no.nyttiggjort.scoring.assessment.rest;

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
import no.nyttiggjort.scoring.assessment.domain.Assessment;
import no.nyttiggjort.scoring.assessment.service.AssessmentRequest;
import no.nyttiggjort.scoring.assessment.service.AssessmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/scoring/projects/{projectId}/assessments")
@Tag(name = "Assessments", description = "Five-factor assessments of a project by the municipality's assessors")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;

    public AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "createAssessment", summary = "Assess a project of the caller's municipality",
            description = "One level (0–5) with a justification for each factor; PADRIVER is accepted for ILDSJEL. "
                    + "Assessments are immutable: a correction is a new assessment.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "The caller cannot see this project")
    @APIResponse(responseCode = "503", description = "project-service cannot be asked whether the project is visible")
    public RestResponse<AssessmentResponse> create(@PathParam("projectId") UUID projectId,
            @NotNull(message = "a JSON body is required") @Valid AssessmentRequest body, UriInfo uriInfo) {
        Assessment assessment = service.create(projectId, body);
        URI location = uriInfo.getAbsolutePathBuilder().path(assessment.getId().toString()).build();
        return RestResponse.ResponseBuilder.<AssessmentResponse>created(location)
                .entity(AssessmentResponse.of(assessment)).build();
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listAssessments", summary = "List a project's assessments, newest first")
    @APIResponse(responseCode = "200", description = "A page of assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentPage.class)))
    @APIResponse(responseCode = "404", description = "The caller cannot see this project")
    @APIResponse(responseCode = "503", description = "project-service cannot be asked whether the project is visible")
    public AssessmentPage list(@PathParam("projectId") UUID projectId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        Page<AssessmentResponse> result = service.list(projectId, request).map(AssessmentResponse::of);
        return new AssessmentPage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/{assessmentId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getAssessment", summary = "Read one assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such assessment of a project the caller can see")
    @APIResponse(responseCode = "503", description = "project-service cannot be asked whether the project is visible")
    public AssessmentResponse get(@PathParam("projectId") UUID projectId, @PathParam("assessmentId") UUID assessmentId) {
        return AssessmentResponse.of(service.get(projectId, assessmentId));
    }
}
