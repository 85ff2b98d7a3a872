package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.TimelineEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEvent", description = "Who did what to the project, and when")
public record TimelineEventResponse(UUID id, Instant at,
        @Schema(description = "The user id of who did it") String actorId,
        @Schema(description = "Their name as their token gave it") String actorName,
        @Schema(description = "What happened, e.g. PROJECT_CREATED, STEP_CHANGED, NEED_ADDED, TEST_CHANGED") String action,
        String summary,
        @Schema(description = "For STEP_CHANGED: the step before") ProjectStep fromStep,
        @Schema(description = "For STEP_CHANGED: the step after") ProjectStep toStep,
        @Schema(description = "For STEP_CHANGED: the comment given") String comment) {

    static TimelineEventResponse of(TimelineEvent e) {
        return new TimelineEventResponse(e.getId(), e.getAt(), e.getActorId(), e.getActorName(), e.getAction(), e.getSummary(),
                e.getFromStep(), e.getToStep(), e.getComment());
    }
}
