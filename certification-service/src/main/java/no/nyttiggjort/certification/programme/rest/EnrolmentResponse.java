package no.nyttiggjort.certification.programme.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.nyttiggjort.certification.programme.domain.Enrolment;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;
import no.nyttiggjort.certification.programme.service.EnrolmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Enrolment", description = "A participant of a programme, their completed modules and exam project")
public record EnrolmentResponse(
        UUID id,
        UUID programmeId,
        String municipality,
        @Schema(description = "The participant's user id in the realm") String userId,
        String name,
        String email,
        String unit,
        String profession,
        UUID examProjectId,
        @Schema(description = "The exam project's title as project-service gave it when it was checked")
        String examProjectTitle,
        List<CompletionResponse> completions,
        @Schema(description = "Every module of the programme is completed") boolean completedAllModules,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) {

    @Schema(name = "ModuleCompletion")
    public record CompletionResponse(UUID moduleId, String moduleName, LocalDate completedOn) {
    }

    static EnrolmentResponse of(EnrolmentView view) {
        Enrolment e = view.enrolment();
        Map<UUID, String> names = view.modules().stream()
                .collect(Collectors.toMap(ProgrammeModule::getId, ProgrammeModule::getName, (a, b) -> a));
        List<CompletionResponse> done = view.completions().stream()
                .map(c -> new CompletionResponse(c.getModuleId(), names.get(c.getModuleId()), c.getCompletedOn()))
                .toList();
        return new EnrolmentResponse(e.getId(), e.getProgrammeId(), e.getMunicipality(), e.getUserId(), e.getName(),
                e.getEmail(), e.getUnit(), e.getProfession(), e.getExamProjectId(), e.getExamProjectTitle(), done,
                view.completedAllModules(), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion());
    }

}
