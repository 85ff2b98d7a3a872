package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision that anchors the project (forankring) with leadership, politicians, unions or users. */
@Entity
@Table(name = "anchoring_decision")
public class AnchoringDecision extends ProjectChild {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnchoringBody body;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(length = 200)
    private String reference;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(name = "normal_operation", nullable = false)
    private boolean normalOperation;

    protected AnchoringDecision() {
    }

    public AnchoringDecision(UUID projectId, Instant now) {
        super(projectId, now);
    }

    public void describe(AnchoringBody body, LocalDate decidedOn, String reference, String summary, boolean normalOperation) {
        this.body = body;
        this.decidedOn = decidedOn;
        this.reference = reference;
        this.summary = summary;
        this.normalOperation = normalOperation;
    }

    public AnchoringBody getBody() {
        return body;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isNormalOperation() {
        return normalOperation;
    }
}
