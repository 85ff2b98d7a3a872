package no.nyttiggjort.scoring.round.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.nyttiggjort.scoring.formula.FactorScores;

/** A blind assessment round for one project, with the assessors it names. */
@Entity
@Table(name = "scoring_round")
public class Round {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(nullable = false, length = 4)
    private String municipality;

    @Column(name = "project_title", nullable = false, length = 200)
    private String projectTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_by_name", nullable = false, length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The panel's consensus, fixed when the round closes; absent while open. */
    @Embedded
    private FactorScores consensus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_assessor", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> assessors = new LinkedHashSet<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Round() {
        // for JPA
    }

    public Round(UUID projectId, String municipality, String projectTitle, List<String> assessors, String createdBy,
            String createdByName, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.municipality = municipality;
        this.projectTitle = projectTitle;
        this.assessors.addAll(assessors);
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.status = RoundStatus.OPEN;
    }

    public boolean names(String username) {
        return assessors.contains(username);
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public void close(FactorScores consensus, Instant now) {
        this.consensus = consensus;
        this.status = RoundStatus.CLOSED;
        this.closedAt = now.truncatedTo(ChronoUnit.MICROS);
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

    public RoundStatus getStatus() {
        return status;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public FactorScores getConsensus() {
        return consensus;
    }

    public List<String> getAssessors() {
        return assessors.stream().sorted().toList();
    }

    public long getVersion() {
        return version;
    }
}
