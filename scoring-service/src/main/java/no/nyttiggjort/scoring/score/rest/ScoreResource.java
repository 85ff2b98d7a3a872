package no.nyttiggjort.scoring.score.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.scoring.formula.Analysis;
import no.nyttiggjort.scoring.formula.FactorSets;
import no.nyttiggjort.scoring.formula.SuccessFormula;
import no.nyttiggjort.scoring.score.service.ProjectScore;
import no.nyttiggjort.scoring.score.service.ScoreChart;
import no.nyttiggjort.scoring.score.service.ScoreService;
import no.nyttiggjort.scoring.score.service.WhatIfRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scoring")
@Tag(name = "Scores", description = "The success formula: score, bottleneck, gains, history, chart and what-if")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

    public static final String SVG = "image/svg+xml";

    private final ScoreService service;

    public ScoreResource(ScoreService service) {
        this.service = service;
    }

    @GET
    @Path("/projects/{projectId}/score")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN, Roles.PROGRAMME_ADMIN, Roles.SERVICE })
    @Operation(operationId = "getProjectScore", summary = "A project's latest score with bottleneck, gains and focus",
            description = "Users see the score of a project they can see. Service accounts (role service) read any "
                    + "project's score by id, for exam panels whose members come from other municipalities.")
    @APIResponse(responseCode = "200", description = "The latest score",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectScoreResponse.class)))
    @APIResponse(responseCode = "404", description = "The caller cannot see this project, or it has not been scored yet")
    @APIResponse(responseCode = "503", description = "project-service cannot be asked whether the project is visible")
    public ProjectScoreResponse score(@PathParam("projectId") UUID projectId) {
        return ProjectScoreResponse.of(service.latest(projectId));
    }

    @GET
    @Path("/projects/{projectId}/history")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getProjectScoreHistory", summary = "A project's score over time, newest first",
            description = "Every assessment and every closed round.")
    @APIResponse(responseCode = "200", description = "A page of history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "404", description = "The caller cannot see this project")
    @APIResponse(responseCode = "503", description = "project-service cannot be asked whether the project is visible")
    public HistoryPage history(@PathParam("projectId") UUID projectId,
            @Parameter(description = "Page index, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        Page<TimelineEntryResponse> result = service.history(projectId, PageRequest.parse(page, size))
                .map(TimelineEntryResponse::of);
        return new HistoryPage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/projects/{projectId}/chart.svg")
    @Produces(SVG)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getProjectScoreChart", summary = "A bar chart of the latest levels and score, as SVG")
    @APIResponse(responseCode = "200", description = "The chart",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "The caller cannot see this project, or it has not been scored yet")
    @APIResponse(responseCode = "503", description = "project-service cannot be asked whether the project is visible")
    public String chart(@PathParam("projectId") UUID projectId) {
        ProjectScore score = service.latest(projectId);
        return ScoreChart.render(score.entry().projectTitle(), score.analysis());
    }

    @POST
    @Path("/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ASSESSOR, Roles.MUNICIPALITY_ADMIN, Roles.PROGRAMME_ADMIN, Roles.PANEL_MEMBER })
    @Operation(operationId = "whatIf", summary = "Run any five levels through the formula; nothing is stored")
    @APIResponse(responseCode = "200", description = "Score, blocked factors, bottleneck, gains and focus",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Analysis.class)))
    public Analysis whatIf(@NotNull(message = "a JSON body is required") @Valid WhatIfRequest body) {
        return SuccessFormula.analyse(FactorSets.levels(body.scores()));
    }
}
