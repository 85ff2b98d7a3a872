package no.nyttiggjort.certification.programme.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of programmes; a concrete type so the OpenAPI document names its item schema. */
@Schema(name = "ProgrammePage")
public record ProgrammePage(List<ProgrammeResponse> items, int page, int size, long total) {
}
