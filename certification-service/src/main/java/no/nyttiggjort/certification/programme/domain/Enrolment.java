package no.nyttiggjort.certification.programme.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A participant of a programme, and the project they present at the exam. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false, length = 4)
    private String municipality;

    /** The participant's user id in the realm (the token's subject), so they can read their own enrolment. */
    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 200)
    private String unit;

    @Column(length = 200)
    private String profession;

    @Column(name = "exam_project_id")
    private UUID examProjectId;

    @Column(name = "exam_project_title", length = 200)
    private String examProjectTitle;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(Programme programme, String userId, String name, String email, String unit, String profession,
            Instant now) {
        this.id = UUID.randomUUID();
        this.programmeId = programme.getId();
        this.municipality = programme.getMunicipality();
        this.userId = userId;
        this.name = name;
        this.email = email;
        this.unit = unit;
        this.profession = profession;
        this.createdAt = micros(now);
        this.updatedAt = this.createdAt;
    }

    public void presents(UUID projectId, String projectTitle, Instant now) {
        this.examProjectId = projectId;
        this.examProjectTitle = projectTitle;
        this.updatedAt = micros(now);
    }

    public void touch(Instant now) {
        this.updatedAt = micros(now);
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

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getUnit() {
        return unit;
    }

    public String getProfession() {
        return profession;
    }

    public UUID getExamProjectId() {
        return examProjectId;
    }

    public String getExamProjectTitle() {
        return examProjectTitle;
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
