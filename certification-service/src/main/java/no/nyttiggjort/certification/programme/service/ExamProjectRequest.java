package no.nyttiggjort.certification.programme.service;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExamProjectRequest", description = "The project a participant presents at the exam")
public record ExamProjectRequest(
        @NotNull @Schema(required = true, description = "A project of the same municipality in project-service")
        UUID projectId) {
}
