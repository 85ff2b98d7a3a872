package no.nyttiggjort.certification.panel.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An expert panel that examines a programme's participants. Its members are fixed at creation. */
@Entity
@Table(name = "panel")
public class Panel {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false, length = 4)
    private String municipality;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Panel() {
        // for JPA
    }

    public Panel(UUID programmeId, String municipality, String name, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.municipality = municipality;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = micros(now);
    }

    public UUID getId() {
        return id;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
