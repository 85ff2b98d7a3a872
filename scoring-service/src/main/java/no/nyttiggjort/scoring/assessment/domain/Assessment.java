package no.nyttiggjort.scoring.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.nyttiggjort.scoring.formula.FactorScores;
import no.nyttiggjort.scoring.formula.Justifications;
import org.hibernate.annotations.Immutable;

/**
 * One assessor's five levels for a project at one moment. Never changed: a correction is a new
 * assessment, so the history shows what was believed when.
 */
@Entity
@Immutable
@Table(name = "assessment")
public class Assessment {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    /** Copied from project-service when assessed, so aggregates need no remote calls. */
    @Column(nullable = false, length = 4)
    private String municipality;

    @Column(name = "project_title", nullable = false, length = 200)
    private String projectTitle;

    @Column(name = "assessor_subject", nullable = false)
    private String assessorSubject;

    @Column(name = "assessor_name", nullable = false, length = 200)
    private String assessorName;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Embedded
    private FactorScores levels;

    @Embedded
    private Justifications justifications;

    protected Assessment() {
        // for JPA
    }

    public Assessment(UUID projectId, String municipality, String projectTitle, String assessorSubject,
            String assessorName, Instant now, FactorScores levels, Justifications justifications) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.municipality = municipality;
        this.projectTitle = projectTitle;
        this.assessorSubject = assessorSubject;
        this.assessorName = assessorName;
        // PostgreSQL keeps microseconds; truncating here makes what we answer equal what we stored.
        this.assessedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.levels = levels;
        this.justifications = justifications;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getAssessorSubject() {
        return assessorSubject;
    }

    public String getAssessorName() {
        return assessorName;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public FactorScores getLevels() {
        return levels;
    }

    public Justifications getJustifications() {
        return justifications;
    }
}
