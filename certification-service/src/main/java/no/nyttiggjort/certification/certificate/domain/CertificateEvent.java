package no.nyttiggjort.certification.certificate.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a certificate's audit trail. Written once, never changed. */
@Entity
@Table(name = "certificate_event")
public class CertificateEvent {

    @Id
    private UUID id;

    @Column(name = "certificate_id", nullable = false)
    private UUID certificateId;

    @Column(nullable = false, length = 4)
    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventKind kind;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(length = 1000)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CertificateEvent() {
        // for JPA
    }

    public CertificateEvent(Certificate certificate, EventKind kind, String actor, String actorName, String reason,
            Instant now) {
        this.id = UUID.randomUUID();
        this.certificateId = certificate.getId();
        this.municipality = certificate.getMunicipality();
        this.kind = kind;
        this.actor = actor;
        this.actorName = actorName;
        this.reason = reason;
        this.occurredAt = micros(now);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCertificateId() {
        return certificateId;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
