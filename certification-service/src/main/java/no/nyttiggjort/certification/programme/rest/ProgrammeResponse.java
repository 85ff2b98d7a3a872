package no.nyttiggjort.certification.programme.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.programme.domain.Programme;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;
import no.nyttiggjort.certification.programme.domain.ProgrammeStatus;
import no.nyttiggjort.certification.programme.service.ProgrammeView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Programme", description = "An innovation-agent programme of one municipality")
public record ProgrammeResponse(
        UUID id,
        @Schema(description = "Municipality number (kommunenummer)", examples = "3053") String municipality,
        String name,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        ProgrammeStatus status,
        @Schema(description = "In order; a participant completes the programme by completing every module")
        List<ModuleResponse> modules,
        @Schema(description = "Sum of the modules' hours") int totalHours,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) {

    @Schema(name = "Module")
    public record ModuleResponse(UUID id, int position, String name, String description, int hours) {
        static ModuleResponse of(ProgrammeModule m) {
            return new ModuleResponse(m.getId(), m.getPosition(), m.getName(), m.getDescription(), m.getHours());
        }
    }

    static ProgrammeResponse of(ProgrammeView view) {
        Programme p = view.programme();
        return new ProgrammeResponse(p.getId(), p.getMunicipality(), p.getName(), p.getDescription(), p.getStartsOn(),
                p.getEndsOn(), p.getStatus(), view.modules().stream().map(ModuleResponse::of).toList(),
                view.modules().stream().mapToInt(ProgrammeModule::getHours).sum(), p.getCreatedAt(), p.getUpdatedAt(),
                p.getVersion());
    }
}
