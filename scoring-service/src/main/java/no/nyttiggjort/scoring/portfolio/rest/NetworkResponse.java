package no.nyttiggjort.scoring.portfolio.rest;

import java.util.List;
import no.nyttiggjort.scoring.portfolio.service.NetworkMunicipality;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Network", description = "Scores across municipalities, aggregated; small groups suppressed")
public record NetworkResponse(
        @Schema(description = "Municipalities with at least minimumProjects scored projects, by municipality number")
        List<NetworkMunicipality> items,
        int page,
        int size,
        long total,
        @Schema(description = "Municipalities left out because they have fewer scored projects than minimumProjects")
        long suppressedMunicipalities,
        @Schema(examples = "5") int minimumProjects) {
}
