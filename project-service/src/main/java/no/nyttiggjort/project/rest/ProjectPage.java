package no.nyttiggjort.project.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of projects; a concrete type so the OpenAPI document names its item schema. */
@Schema(name = "ProjectPage")
public record ProjectPage(List<ProjectResponse> items, int page, int size, long total) {
}
