package no.nyttiggjort.certification.panel.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One exam: a project presented to a panel by one or more participants. */
@Entity
@Table(name = "presentation")
public class Presentation {

    @Id
    private UUID id;

    @Column(name = "panel_id", nullable = false)
    private UUID panelId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "project_title", length = 200)
    private String projectTitle;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Presentation() {
        // for JPA
    }

    public Presentation(UUID panelId, UUID projectId, String projectTitle, Instant scheduledAt, Instant now) {
        this.id = UUID.randomUUID();
        this.panelId = panelId;
        this.projectId = projectId;
        this.projectTitle = projectTitle;
        this.scheduledAt = micros(scheduledAt);
        this.createdAt = micros(now);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPanelId() {
        return panelId;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }
}
