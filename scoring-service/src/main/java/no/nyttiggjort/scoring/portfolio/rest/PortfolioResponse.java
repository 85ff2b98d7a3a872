package no.nyttiggjort.scoring.portfolio.rest;

import java.util.List;
import no.nyttiggjort.scoring.portfolio.service.PortfolioItem;
import no.nyttiggjort.scoring.portfolio.service.PortfolioSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Portfolio", description = "The summary over every scored project, and one page of them, best first")
public record PortfolioResponse(PortfolioSummary summary, List<PortfolioItem> items, int page, int size, long total) {
}
