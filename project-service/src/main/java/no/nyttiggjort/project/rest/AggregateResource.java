package no.nyttiggjort.project.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.project.service.NetworkAggregateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/aggregates")
@Tag(name = "Network", description = "Aggregates across municipalities for KS-style networks: counts, never people")
@Produces(MediaType.APPLICATION_JSON)
public class AggregateResource {

    private final NetworkAggregateService aggregates;

    public AggregateResource(NetworkAggregateService aggregates) {
        this.aggregates = aggregates;
    }

    @GET
    @Path("/municipalities")
    @RolesAllowed({ Roles.NETWORK_ANALYST, Roles.SERVICE })
    @Operation(operationId = "listProjectAggregatesByMunicipality", summary = "Projects per municipality, in numbers",
            description = "Per municipality: active projects, active projects per step, the nyttiggjort rate IN_USE ÷"
                    + " (IN_USE + STOPPED) as in the municipality summary, and adoptions in and out. Counts of projects,"
                    + " not of people, so nothing is suppressed. Kept current as projects change, so the answer is"
                    + " immediate at any number of projects. For network analysts and service accounts (the gateway's"
                    + " network overview).")
    @APIResponse(responseCode = "200", description = "Every municipality that has or had projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectAggregatesResponse.class)))
    public ProjectAggregatesResponse municipalities() {
        return new ProjectAggregatesResponse(
                aggregates.perMunicipality().stream().map(MunicipalityProjectsResponse::of).toList());
    }
}
