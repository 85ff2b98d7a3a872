package no.nyttiggjort.project.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdoptionPage")
public record AdoptionPage(List<AdoptionResponse> items, int page, int size, long total) {
}
