package no.nyttiggjort.certification.panel.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scoring-service, called with this service's own client-credentials token: panel members come
 * from other municipalities, and their tokens could not read another municipality's score.
 */
@RegisterRestClient(configKey = "scoring-service")
@OidcClientFilter
@Path("/api/v1/scoring")
@Produces(MediaType.APPLICATION_JSON)
public interface ScoringClient {

    /** The raw JSON: read loosely by {@link ScoreParser}, so a change in scoring's shape costs one class. */
    @GET
    @Path("/projects/{projectId}/score")
    String latestScore(@PathParam("projectId") UUID projectId);
}
