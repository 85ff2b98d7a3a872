package no.nyttiggjort.certification.programme.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** project-service, asked with the caller's own token: it answers 404 for another municipality's project. */
@RegisterRestClient(configKey = "project-service")
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public interface ProjectClient {

    @GET
    @Path("/{id}")
    ProjectSummary get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);
}
