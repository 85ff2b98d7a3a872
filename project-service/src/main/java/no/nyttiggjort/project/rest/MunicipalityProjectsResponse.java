package no.nyttiggjort.project.rest;

import java.util.Map;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.service.NetworkAggregateService.MunicipalityProjects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityProjects", description = "One municipality's projects in numbers; no project or person is named")
public record MunicipalityProjectsResponse(
        @Schema(examples = "3053") String municipality,
        @Schema(description = "Active (not archived) projects") long projects,
        @Schema(description = "Active projects per step; every step is present") Map<ProjectStep, Long> byStep,
        @Schema(description = "IN_USE ÷ (IN_USE + STOPPED), from 0 to 1, as in the municipality summary; null while no"
                + " project has ended", nullable = true)
        Double nyttiggjortRate,
        @Schema(description = "Projects of this municipality adopted from another municipality's project (archived ones"
                + " included)")
        long adoptionsIn,
        @Schema(description = "Adoptions of this municipality's projects by other municipalities (archived ones included)")
        long adoptionsOut) {

    static MunicipalityProjectsResponse of(MunicipalityProjects m) {
        return new MunicipalityProjectsResponse(m.municipality(), m.projects(), m.byStep(), m.nyttiggjortRate(),
                m.adoptionsIn(), m.adoptionsOut());
    }
}
