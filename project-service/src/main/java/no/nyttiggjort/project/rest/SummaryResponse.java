package no.nyttiggjort.project.rest;

import java.util.Map;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Sector;
import no.nyttiggjort.project.service.SummaryService.Summary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectSummary", description = "What a municipality's projects add up to; no personal data")
public record SummaryResponse(
        @Schema(examples = "3053") String municipality,
        @Schema(description = "Projects counted") long projects,
        @Schema(description = "Projects per step; every step is present") Map<ProjectStep, Long> byStep,
        @Schema(description = "Projects per sector; every sector is present") Map<Sector, Long> bySector,
        @Schema(description = "IN_USE ÷ (IN_USE + STOPPED), from 0 to 1; null while no project has ended", nullable = true)
        Double nyttiggjortRate,
        @Schema(description = "Median number of BLT tests per project (projects without tests count 0); null without projects",
                nullable = true)
        Double medianBltLoops) {

    static SummaryResponse of(Summary s) {
        return new SummaryResponse(s.municipality(), s.projects(), s.byStep(), s.bySector(), s.nyttiggjortRate(), s.medianBltLoops());
    }
}
