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
import no.nyttiggjort.certification.programme.service.CompletionRequest;
import no.nyttiggjort.certification.programme.service.EnrolmentRequest;
import no.nyttiggjort.certification.programme.service.EnrolmentService;
import no.nyttiggjort.certification.programme.service.EnrolmentView;
import no.nyttiggjort.certification.programme.service.ExamProjectRequest;
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
@Tag(name = "Enrolments", description = "Participants of a programme, their completed modules and exam projects")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private final EnrolmentService service;

    public EnrolmentResource(EnrolmentService service) {
        this.service = service;
    }

    @POST
    @Path("/programmes/{programmeId}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "enrol", summary = "Enrol a participant in a programme",
            description = "An exam project, when given, must be a project of the same municipality: project-service "
                    + "is asked with the caller's token.")
    @APIResponse(responseCode = "201", description = "Enrolled",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The programme is closed or the user is already enrolled")
    @APIResponse(responseCode = "503", description = "project-service cannot check the exam project right now")
    public RestResponse<EnrolmentResponse> enrol(@PathParam("programmeId") UUID programmeId,
            @NotNull(message = "a JSON body is required") @Valid EnrolmentRequest body, UriInfo uriInfo) {
        EnrolmentView view = service.enrol(programmeId, body);
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/certification/enrolments")
                .path(view.enrolment().getId().toString()).build();
        return RestResponse.ResponseBuilder.<EnrolmentResponse>created(location).entity(EnrolmentResponse.of(view))
                .header("ETag", ETags.of(view.enrolment().getVersion())).build();
    }

    @GET
    @Path("/programmes/{programmeId}/enrolments")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "listEnrolments", summary = "List a programme's participants by name")
    @APIResponse(responseCode = "200", description = "A page of enrolments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentPage.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's municipality")
    public EnrolmentPage list(@PathParam("programmeId") UUID programmeId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return page(service.ofProgramme(programmeId, PageRequest.parse(page, size)));
    }

    @GET
    @Path("/enrolments/mine")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(operationId = "listMyEnrolments", summary = "The caller's own enrolments, newest first")
    @APIResponse(responseCode = "200", description = "A page of enrolments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentPage.class)))
    public EnrolmentPage mine(
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return page(service.mine(PageRequest.parse(page, size)));
    }

    @GET
    @Path("/enrolments/{id}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN, Roles.EMPLOYEE })
    @Operation(operationId = "getEnrolment", summary = "Read one enrolment",
            description = "Administrators of the municipality read any of its enrolments; a participant reads their own. "
                    + "Anything else answers 404.")
    @APIResponse(responseCode = "200", description = "The enrolment",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment visible to the caller")
    public RestResponse<EnrolmentResponse> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("/enrolments/{id}/exam-project")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "setExamProject", summary = "Set the project a participant presents at the exam",
            description = "The project must belong to the same municipality (asked of project-service with the caller's "
                    + "token). Several participants may present one project. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The enrolment",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment in the caller's municipality")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "project-service cannot check the exam project right now")
    public RestResponse<EnrolmentResponse> setExamProject(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ExamProjectRequest body) {
        return withETag(service.setExamProject(id, ifMatch, body));
    }

    @POST
    @Path("/enrolments/{id}/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "recordModuleCompletion", summary = "Record that a participant completed a module")
    @APIResponse(responseCode = "201", description = "The enrolment with the completion",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The module is already recorded as completed")
    public RestResponse<EnrolmentResponse> recordCompletion(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid CompletionRequest body) {
        EnrolmentView view = service.recordCompletion(id, body);
        return RestResponse.ResponseBuilder.<EnrolmentResponse>create(RestResponse.Status.CREATED)
                .entity(EnrolmentResponse.of(view)).header("ETag", ETags.of(view.enrolment().getVersion())).build();
    }

    private static EnrolmentPage page(Page<EnrolmentView> views) {
        Page<EnrolmentResponse> result = views.map(EnrolmentResponse::of);
        return new EnrolmentPage(result.items(), result.page(), result.size(), result.total());
    }

    private static RestResponse<EnrolmentResponse> withETag(EnrolmentView view) {
        return RestResponse.ResponseBuilder.ok(EnrolmentResponse.of(view))
                .header("ETag", ETags.of(view.enrolment().getVersion())).build();
    }
}
