package no.nyttiggjort.project.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectAggregates", description = "Every municipality that has or had projects, by municipality number."
        + " One document rather than a page: it holds at most one entry per municipality number.")
public record ProjectAggregatesResponse(List<MunicipalityProjectsResponse> municipalities) {
}
