package no.nyttiggjort.certification.panel.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PresentationRequest", description = "A project presented to the panel by one or more participants")
public record PresentationRequest(
        @NotNull @Schema(required = true) UUID projectId,
        @NotNull @Size(min = 1, max = 50)
        @Schema(required = true, description = "Enrolments of the panel's programme whose exam project is projectId")
        List<@NotNull UUID> enrolmentIds,
        @NotNull @Schema(required = true, examples = "2026-05-26T09:00:00+02:00") OffsetDateTime scheduledAt) {
}
