package no.nyttiggjort.certification.panel.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelPage")
public record PanelPage(List<PanelResponse> items, int page, int size, long total) {
}
