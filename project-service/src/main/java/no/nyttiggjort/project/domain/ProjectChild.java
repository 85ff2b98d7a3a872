package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A part of one project (a need, a test, a team member...): it names its project and has its own version. */
@MappedSuperclass
public abstract class ProjectChild {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ProjectChild() {
        // for JPA
    }

    protected ProjectChild(UUID projectId, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
