package no.nyttiggjort.project.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import no.nyttiggjort.common.concurrency.ETags;
import org.jboss.resteasy.reactive.RestResponse;

/** The answers every resource gives: 201 with Location and ETag, 200 with ETag, 204. */
final class Responses {

    static final String READ_ROLES_NOTE = "Every employee of the project's municipality may read it, and every municipality's"
            + " employees a SHARED project; another municipality's private project and all its parts answer 404.";
    static final String CHANGE_NOTE = "The project's team, its champion or a municipality-admin may change it (others 403,"
            + " as does every change to another municipality's shared project);"
            + " every change is recorded in the project's timeline and moves the project's ETag on.";

    private Responses() {
    }

    static <T> RestResponse<T> created(UriInfo uriInfo, T entity, long version, Object... pathAfterApi) {
        var builder = uriInfo.getBaseUriBuilder().path("api/v1/projects");
        for (Object segment : pathAfterApi) {
            builder.path(segment.toString());
        }
        URI location = builder.build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(entity).header("ETag", ETags.of(version)).build();
    }

    static <T> RestResponse<T> ok(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).header("ETag", ETags.of(version)).build();
    }

    static RestResponse<Void> noContent() {
        return RestResponse.noContent();
    }
}
