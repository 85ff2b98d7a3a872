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
import no.nyttiggjort.project.service.BenefitRequest;
import no.nyttiggjort.project.service.BenefitService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import no.nyttiggjort.project.service.MeasurementRequest;

/** A project's benefits and their measurements. */
@Path("/api/v1/projects/{projectId}/benefits")
@Tag(name = "Benefits", description = "Benefits (gevinster), measured against a baseline over time")
@Produces(MediaType.APPLICATION_JSON)
public class BenefitResource {

    private static final String FORBIDDEN = "The caller is not on the team, not the champion and not a municipality-admin";
    private static final String PROJECT_NOT_FOUND = "No such project in the caller's municipality";
    private static final String NOT_FOUND = "No such project in the caller's municipality, or no such benefit in it";

    private final BenefitService service;

    public BenefitResource(BenefitService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "createBenefit", summary = "Add a benefit to the project", description = Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BenefitResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    public RestResponse<BenefitResponse> create(@PathParam("projectId") UUID projectId,
            @NotNull(message = "a JSON body is required") @Valid BenefitRequest body, UriInfo uriInfo) {
        var created = service.create(projectId, body);
        return Responses.created(uriInfo, BenefitResponse.of(created), created.benefit().getVersion(), projectId, "benefits", created.benefit().getId());
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listBenefits", summary = "List the project's benefits, oldest first", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "A page of benefits")
    @APIResponse(responseCode = "404", description = PROJECT_NOT_FOUND)
    public Page<BenefitResponse> list(@PathParam("projectId") UUID projectId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return service.list(projectId, PageRequest.parse(page, size)).map(BenefitResponse::of);
    }

    @GET
    @Path("/{benefitId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getBenefit", summary = "Read one benefit of the project", description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The benefit", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BenefitResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RestResponse<BenefitResponse> get(@PathParam("projectId") UUID projectId, @PathParam("benefitId") UUID id) {
        var found = service.get(projectId, id);
        return Responses.ok(BenefitResponse.of(found), found.benefit().getVersion());
    }

    @PUT
    @Path("/{benefitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "updateBenefit", summary = "Replace a benefit's fields",
            description = "Requires If-Match with the benefit's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "200", description = "The updated benefit", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BenefitResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<BenefitResponse> update(@PathParam("projectId") UUID projectId, @PathParam("benefitId") UUID id,
            @Parameter(description = "The benefit's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid BenefitRequest body) {
        var updated = service.update(projectId, id, ifMatch, body);
        return Responses.ok(BenefitResponse.of(updated), updated.benefit().getVersion());
    }

    @DELETE
    @Path("/{benefitId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "deleteBenefit", summary = "Remove a benefit from the project",
            description = "Requires If-Match with the benefit's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> delete(@PathParam("projectId") UUID projectId, @PathParam("benefitId") UUID id,
            @Parameter(description = "The benefit's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, ifMatch);
        return Responses.noContent();
    }

    @POST
    @Path("/{benefitId}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "addMeasurement", summary = "Record a measurement of a benefit's indicator",
            description = Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The project is archived")
    public RestResponse<MeasurementResponse> addMeasurement(@PathParam("projectId") UUID projectId,
            @PathParam("benefitId") UUID benefitId,
            @NotNull(message = "a JSON body is required") @Valid MeasurementRequest body, UriInfo uriInfo) {
        var created = service.addMeasurement(projectId, benefitId, body);
        return Responses.created(uriInfo, MeasurementResponse.of(created), created.getVersion(), projectId, "benefits", benefitId,
                "measurements", created.getId());
    }

    @GET
    @Path("/{benefitId}/measurements")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN, Roles.ASSESSOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listMeasurements", summary = "List a benefit's measurements over time, oldest first",
            description = Responses.READ_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "A page of measurements")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<MeasurementResponse> listMeasurements(@PathParam("projectId") UUID projectId,
            @PathParam("benefitId") UUID benefitId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return service.listMeasurements(projectId, benefitId, PageRequest.parse(page, size)).map(MeasurementResponse::of);
    }

    @DELETE
    @Path("/{benefitId}/measurements/{measurementId}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "deleteMeasurement", summary = "Remove a measurement from a benefit",
            description = "Requires If-Match with the measurement's ETag. " + Responses.CHANGE_NOTE)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such project, benefit or measurement")
    @APIResponse(responseCode = "409", description = "The project is archived")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> deleteMeasurement(@PathParam("projectId") UUID projectId, @PathParam("benefitId") UUID benefitId,
            @PathParam("measurementId") UUID measurementId,
            @Parameter(description = "The measurement's ETag last read", required = true) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.deleteMeasurement(projectId, benefitId, measurementId, ifMatch);
        return Responses.noContent();
    }
}
