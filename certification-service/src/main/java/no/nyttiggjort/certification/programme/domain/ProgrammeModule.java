package no.nyttiggjort.certification.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One module of a programme; a participant completes the programme by completing every module. */
@Entity
@Table(name = "programme_module")
public class ProgrammeModule {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private int hours;

    protected ProgrammeModule() {
        // for JPA
    }

    public ProgrammeModule(UUID programmeId, int position, String name, String description, int hours) {
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.position = position;
        this.name = name;
        this.description = description;
        this.hours = hours;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getHours() {
        return hours;
    }
}
