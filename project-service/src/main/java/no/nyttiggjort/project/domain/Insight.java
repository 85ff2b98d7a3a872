package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What backs a need: where it was heard or seen, when, the evidence and how many people were heard. */
@Entity
@Table(name = "insight")
public class Insight extends ProjectChild {

    @Column(name = "need_id", nullable = false)
    private UUID needId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InsightSource source;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(name = "people_heard", nullable = false)
    private int peopleHeard;

    protected Insight() {
    }

    public Insight(UUID projectId, UUID needId, InsightSource source, LocalDate observedOn, String evidence,
            int peopleHeard, Instant now) {
        super(projectId, now);
        this.needId = needId;
        this.source = source;
        this.observedOn = observedOn;
        this.evidence = evidence;
        this.peopleHeard = peopleHeard;
    }

    public UUID getNeedId() {
        return needId;
    }

    public InsightSource getSource() {
        return source;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public int getPeopleHeard() {
        return peopleHeard;
    }
}
