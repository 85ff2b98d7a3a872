package no.nyttiggjort.certification.panel.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PresentationPage")
public record PresentationPage(List<PresentationResponse> items, int page, int size, long total) {
}
