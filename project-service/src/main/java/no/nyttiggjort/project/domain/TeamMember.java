package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person on the project team. The user id (the token subject) is what lets a member change the
 * project; a member without one (a user representative without a login, say) still counts for the team.
 */
@Entity
@Table(name = "team_member")
public class TeamMember extends ProjectChild {

    @Column(name = "user_id", length = 255)
    private String userId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String role;

    protected TeamMember() {
    }

    public TeamMember(UUID projectId, Instant now) {
        super(projectId, now);
    }

    public void describe(String userId, String name, String role) {
        this.userId = userId;
        this.name = name;
        this.role = role;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }
}
