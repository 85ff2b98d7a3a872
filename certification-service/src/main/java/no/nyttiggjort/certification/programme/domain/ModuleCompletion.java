package no.nyttiggjort.certification.programme.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A programme-admin's record that a participant completed a module on a given day. */
@Entity
@Table(name = "module_completion")
public class ModuleCompletion {

    @Id
    private UUID id;

    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;

    @Column(name = "module_id", nullable = false)
    private UUID moduleId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ModuleCompletion() {
        // for JPA
    }

    public ModuleCompletion(UUID enrolmentId, UUID moduleId, LocalDate completedOn, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.enrolmentId = enrolmentId;
        this.moduleId = moduleId;
        this.completedOn = completedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = micros(now);
    }

    public UUID getEnrolmentId() {
        return enrolmentId;
    }

    public UUID getModuleId() {
        return moduleId;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
