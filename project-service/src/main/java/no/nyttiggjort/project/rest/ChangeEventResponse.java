package no.nyttiggjort.project.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.ChangeType;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Visibility;
import no.nyttiggjort.project.repository.ChangeEventRepository.ChangeEvent;
import no.nyttiggjort.project.service.ChangeFeedService;
import no.nyttiggjort.project.service.ChangeFeedService.FeedPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChangeEvent", description = "One change to a project, in feed order. Names no person.")
public record ChangeEventResponse(
        @Schema(description = "Opaque; pass it as `after` to continue after this event") String cursor,
        ChangeType type,
        UUID projectId,
        @Schema(description = "The project's municipality") String municipality,
        Instant at,
        @Schema(description = "What happened in the project's timeline terms, e.g. PROJECT_UPDATED, NEED_ADDED, STEP_CHANGED")
        String action,
        @Schema(description = "The project's step after the change") ProjectStep step,
        @Schema(description = "For STEP_CHANGED: the step before") ProjectStep fromStep,
        @Schema(description = "The project's visibility after the change") Visibility visibility,
        @Schema(description = "For ADOPTED: the adopting municipality; for CREATED by adoption: the origin's municipality")
        String relatedMunicipality,
        @Schema(description = "For CREATED by adoption: the origin project") UUID adoptedFrom) {

    static ChangeEventResponse of(ChangeEvent e) {
        return new ChangeEventResponse(ChangeFeedService.encode(e.seq()), e.type(), e.projectId(), e.municipality(), e.at(),
                e.action(), e.step(), e.fromStep(), e.visibility(), e.relatedMunicipality(), e.relatedProject());
    }

    @Schema(name = "ChangeFeedPage", description = "Events after the given cursor, oldest first")
    public record FeedResponse(List<ChangeEventResponse> items,
            @Schema(description = "Pass as `after` to read on; equal to the cursor given when nothing new has happened")
            String next,
            @Schema(description = "More events follow right away") boolean hasMore) {

        static FeedResponse of(FeedPage page) {
            return new FeedResponse(page.items().stream().map(ChangeEventResponse::of).toList(), page.next(), page.hasMore());
        }
    }
}
