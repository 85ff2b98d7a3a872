package no.nyttiggjort.scoring.project.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** project-service's API as far as scoring uses it. Only {@link ProjectDirectory} calls this. */
@RegisterRestClient(configKey = "project-service")
@Path("/api/v1/projects")
public interface ProjectServiceClient {

    /** The caller's own bearer token goes along: the question is whether this user can see the project. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    ProjectRef get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);
}
