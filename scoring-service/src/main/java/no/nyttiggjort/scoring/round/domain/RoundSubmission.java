package no.nyttiggjort.scoring.round.domain;

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

/** One named assessor's levels in a round; like an assessment, final once given. */
@Entity
@Immutable
@Table(name = "round_submission")
public class RoundSubmission {

    @Id
    private UUID id;

    @Column(name = "round_id", nullable = false)
    private UUID roundId;

    @Column(name = "assessor_username", nullable = false, length = 100)
    private String assessorUsername;

    @Column(name = "assessor_subject", nullable = false)
    private String assessorSubject;

    @Column(name = "assessor_name", nullable = false, length = 200)
    private String assessorName;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Embedded
    private FactorScores levels;

    @Embedded
    private Justifications justifications;

    protected RoundSubmission() {
        // for JPA
    }

    public RoundSubmission(UUID roundId, String assessorUsername, String assessorSubject, String assessorName,
            Instant now, FactorScores levels, Justifications justifications) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.assessorUsername = assessorUsername;
        this.assessorSubject = assessorSubject;
        this.assessorName = assessorName;
        this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.levels = levels;
        this.justifications = justifications;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public String getAssessorUsername() {
        return assessorUsername;
    }

    public String getAssessorName() {
        return assessorName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public FactorScores getLevels() {
        return levels;
    }

    public Justifications getJustifications() {
        return justifications;
    }
}
