package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An innovation project of one municipality. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    private UUID id;

    @Column(nullable = false, length = 4)
    private String municipality;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 10000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Sector sector;

    @Column(length = 200)
    private String champion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStep step;

    @Column(name = "step_changed_at")
    private Instant stepChangedAt;

    @Column(name = "problem_statement", length = 4000)
    private String problemStatement;

    @Column(name = "champion_user_id", length = 255)
    private String championUserId;

    @Column(name = "stop_learning", length = 4000)
    private String stopLearning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    @Column(name = "adopted_from")
    private UUID adoptedFrom;

    @Version
    @Column(nullable = false)
    private long version;

    protected Project() {
        // for JPA
    }

    public Project(String municipality, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.municipality = municipality;
        this.createdBy = createdBy;
        this.status = ProjectStatus.ACTIVE;
        this.step = ProjectStep.FOUNDATION;
        this.visibility = Visibility.MUNICIPALITY;
        this.createdAt = truncate(now);
        this.updatedAt = this.createdAt;
    }

    public void describe(String title, String description, Sector sector, String champion, Instant now) {
        this.title = title;
        this.description = description;
        this.sector = sector;
        this.champion = champion;
        this.updatedAt = truncate(now);
    }

    public void frame(String problemStatement, String championUserId) {
        this.problemStatement = problemStatement;
        this.championUserId = championUserId;
    }

    /** Moves to another step; the gate has been checked by the caller. */
    public void moveTo(ProjectStep to, String learning, Instant now) {
        this.step = to;
        if (to == ProjectStep.STOPPED) {
            this.stopLearning = learning;
        }
        this.stepChangedAt = truncate(now);
        this.updatedAt = this.stepChangedAt;
    }

    public void share(Visibility visibility, Instant now) {
        this.visibility = visibility;
        this.updatedAt = truncate(now);
    }

    /** This project takes up another municipality's shared project. */
    public void adoptFrom(UUID origin) {
        this.adoptedFrom = origin;
    }

    public boolean isShared() {
        return visibility == Visibility.SHARED;
    }

    /** A part of the project changed: the project counts as changed too, so its ETag covers its parts. */
    public void touch(Instant now) {
        this.updatedAt = truncate(now);
    }

    public void archive(Instant now) {
        this.status = ProjectStatus.ARCHIVED;
        this.archivedAt = truncate(now);
        this.updatedAt = this.archivedAt;
    }

    public boolean isArchived() {
        return status == ProjectStatus.ARCHIVED;
    }

    /** PostgreSQL keeps microseconds; truncating here makes what we answer equal what we stored. */
    private static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Sector getSector() {
        return sector;
    }

    public String getChampion() {
        return champion;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public ProjectStep getStep() {
        return step;
    }

    public Instant getStepChangedAt() {
        return stepChangedAt;
    }

    public String getProblemStatement() {
        return problemStatement;
    }

    public String getChampionUserId() {
        return championUserId;
    }

    public String getStopLearning() {
        return stopLearning;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public UUID getAdoptedFrom() {
        return adoptedFrom;
    }

    public long getVersion() {
        return version;
    }
}
