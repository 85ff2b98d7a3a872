package no.nyttiggjort.certification.programme.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An innovation-agent training programme run by one municipality. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    private UUID id;

    @Column(nullable = false, length = 4)
    private String municipality;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgrammeStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Programme() {
        // for JPA
    }

    public Programme(String municipality, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.municipality = municipality;
        this.createdBy = createdBy;
        this.status = ProgrammeStatus.ACTIVE;
        this.createdAt = micros(now);
        this.updatedAt = this.createdAt;
    }

    public void describe(String name, String description, LocalDate startsOn, LocalDate endsOn, Instant now) {
        this.name = name;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.updatedAt = micros(now);
    }

    public void setStatus(ProgrammeStatus status, Instant now) {
        this.status = status;
        this.updatedAt = micros(now);
    }

    /** Changes to the modules change the programme, so its ETag moves too. */
    public void touch(Instant now) {
        this.updatedAt = micros(now);
    }

    public boolean isClosed() {
        return status == ProgrammeStatus.CLOSED;
    }

    public UUID getId() {
        return id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
