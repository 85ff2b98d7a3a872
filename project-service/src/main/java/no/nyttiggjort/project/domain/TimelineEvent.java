package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One line of a project's timeline: who did what, when. Step changes carry from, to and the comment. */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false, length = 255)
    private String actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_step", length = 16)
    private ProjectStep fromStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_step", length = 16)
    private ProjectStep toStep;

    @Column(length = 4000)
    private String comment;

    protected TimelineEvent() {
    }

    public TimelineEvent(UUID projectId, Instant at, String actorId, String actorName, String action, String summary) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorName = actorName.length() > 200 ? actorName.substring(0, 200) : actorName;
        this.action = action;
        this.summary = summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary;
    }

    public TimelineEvent step(ProjectStep from, ProjectStep to, String comment) {
        this.fromStep = from;
        this.toStep = to;
        this.comment = comment;
        return this;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public ProjectStep getFromStep() {
        return fromStep;
    }

    public ProjectStep getToStep() {
        return toStep;
    }

    public String getComment() {
        return comment;
    }
}
