package no.nyttiggjort.project.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.ProjectStatus;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Sector;
import no.nyttiggjort.project.domain.Visibility;
import no.nyttiggjort.project.service.ProgressService.Progress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Project", description = "An innovation project of one municipality")
public record ProjectResponse(
        UUID id,
        @Schema(description = "Municipality number (kommunenummer)", examples = "3053") String municipality,
        String title,
        String description,
        Sector sector,
        @Schema(description = "The project's champion (ildsjel)") String champion,
        ProjectStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant archivedAt,
        @Schema(description = "Changes with every update of the project or any of its parts; also sent as the ETag") long version,
        @Schema(description = "The KS guide's step") ProjectStep step,
        Instant stepChangedAt,
        @Schema(description = "The problem the project works on") String problemStatement,
        @Schema(description = "The champion's user id when the champion is on the team") String championUserId,
        @Schema(description = "What was learnt, for a STOPPED project") String learning,
        @Schema(description = "MUNICIPALITY (default): only its municipality sees it; SHARED: every municipality reads it")
        Visibility visibility,
        @Schema(description = "The shared project of another municipality this one was adopted from") UUID adoptedFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "BLT loops and benefits; given when one project is read, not in lists") ProgressResponse progress) {

    static ProjectResponse of(Project p) {
        return of(p, null);
    }

    static ProjectResponse of(Project p, Progress progress) {
        return new ProjectResponse(p.getId(), p.getMunicipality(), p.getTitle(), p.getDescription(), p.getSector(),
                p.getChampion(), p.getStatus(), p.getCreatedAt(), p.getUpdatedAt(), p.getArchivedAt(), p.getVersion(),
                p.getStep(), p.getStepChangedAt(), p.getProblemStatement(), p.getChampionUserId(), p.getStopLearning(),
                p.getVisibility(), p.getAdoptedFrom(),
                progress == null ? null : ProgressResponse.of(progress));
    }

    @Schema(name = "ProjectProgress", description = "What the project reports about its BLT work and its benefits")
    public record ProgressResponse(
            @Schema(description = "BLT loops: every recorded test closes a loop of need, solution and test") long bltLoops,
            @Schema(description = "Days from the first need identified to the first CONFIRMED test; absent until both exist")
            Long daysFromFirstNeedToFirstConfirmedTest,
            @Schema(description = "Each benefit's latest value against its baseline") List<BenefitResponse> benefits) {

        static ProgressResponse of(Progress p) {
            return new ProgressResponse(p.bltLoops(), p.daysFromFirstNeedToFirstConfirmedTest(),
                    p.benefits().stream().map(BenefitResponse::of).toList());
        }
    }
}
