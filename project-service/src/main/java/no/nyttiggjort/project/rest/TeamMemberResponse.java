package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.project.domain.TeamMember;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamMember", description = "A person on the project team")
public record TeamMemberResponse(UUID id, UUID projectId, String userId, String name, String role, Instant createdAt, long version) {

    static TeamMemberResponse of(TeamMember m) {
        return new TeamMemberResponse(m.getId(), m.getProjectId(), m.getUserId(), m.getName(), m.getRole(), m.getCreatedAt(),
                m.getVersion());
    }
}
