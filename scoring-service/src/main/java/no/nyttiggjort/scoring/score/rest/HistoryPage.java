package no.nyttiggjort.scoring.score.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreHistoryPage")
public record HistoryPage(List<TimelineEntryResponse> items, int page, int size, long total) {
}
