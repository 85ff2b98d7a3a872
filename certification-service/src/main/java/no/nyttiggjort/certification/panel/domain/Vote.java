package no.nyttiggjort.certification.panel.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member's verdict on a presentation. Cast once and never changed. */
@Entity
@Table(name = "vote")
public class Vote {

    @Id
    private UUID id;

    @Column(name = "presentation_id", nullable = false)
    private UUID presentationId;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Verdict verdict;

    @Column(length = 2000)
    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
        // for JPA
    }

    public Vote(UUID presentationId, UUID memberId, Verdict verdict, String comment, Instant now) {
        this.id = UUID.randomUUID();
        this.presentationId = presentationId;
        this.memberId = memberId;
        this.verdict = verdict;
        this.comment = comment;
        this.castAt = micros(now);
    }

    public UUID getPresentationId() {
        return presentationId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
