package no.nyttiggjort.certification.panel.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.panel.domain.PanelMember;
import no.nyttiggjort.certification.panel.service.PanelView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Panel", description = "An expert panel that examines a programme's participants")
public record PanelResponse(UUID id, UUID programmeId,
        @Schema(description = "The municipality that runs the programme") String municipality,
        String name, List<MemberResponse> members, Instant createdAt) {

    @Schema(name = "PanelMember")
    public record MemberResponse(UUID id, String userId, String name, String municipality,
            @Schema(description = "The member's role on the panel") String role) {
        static MemberResponse of(PanelMember m) {
            return new MemberResponse(m.getId(), m.getUserId(), m.getName(), m.getMunicipality(), m.getPanelRole());
        }
    }

    static PanelResponse of(PanelView view) {
        return new PanelResponse(view.panel().getId(), view.panel().getProgrammeId(), view.panel().getMunicipality(),
                view.panel().getName(), view.members().stream().map(MemberResponse::of).toList(),
                view.panel().getCreatedAt());
    }
}
