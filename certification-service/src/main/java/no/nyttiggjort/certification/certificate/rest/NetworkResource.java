package no.nyttiggjort.certification.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.nyttiggjort.certification.certificate.rest.Pages.NetworkCountPage;
import no.nyttiggjort.certification.certificate.rest.Pages.NetworkCountResponse;
import no.nyttiggjort.certification.certificate.service.RegistryService;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certification/network")
@Tag(name = "Network", description = "Aggregates across municipalities for KS-style networks: counts, never people")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    private final RegistryService registry;

    public NetworkResource(RegistryService registry) {
        this.registry = registry;
    }

    @GET
    @Path("/certificate-counts")
    @RolesAllowed(Roles.NETWORK_ANALYST)
    @Operation(operationId = "listNetworkCertificateCounts", summary = "Certified agents per municipality, by status",
            description = "Counts only; small counts are withheld so no person can be singled out.")
    @APIResponse(responseCode = "200", description = "A page of counts by municipality number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkCountPage.class)))
    public NetworkCountPage counts(
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        Page<NetworkCountResponse> result = registry.network(PageRequest.parse(page, size)).map(NetworkCountResponse::of);
        return new NetworkCountPage(result.items(), result.page(), result.size(), result.total());
    }
}
