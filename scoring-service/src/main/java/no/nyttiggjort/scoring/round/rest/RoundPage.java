package no.nyttiggjort.scoring.round.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoundPage")
public record RoundPage(List<RoundSummary> items, int page, int size, long total) {
}
