package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A need (behov): a felt lack of a target group, which the project's insights back. */
@Entity
@Table(name = "need")
public class Need extends ProjectChild {

    @Column(nullable = false, length = 2000)
    private String statement;

    @Column(name = "target_group", nullable = false, length = 200)
    private String targetGroup;

    @Column(nullable = false)
    private int importance;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    protected Need() {
    }

    public Need(UUID projectId, Instant now) {
        super(projectId, now);
    }

    public void describe(String statement, String targetGroup, int importance, LocalDate identifiedOn) {
        this.statement = statement;
        this.targetGroup = targetGroup;
        this.importance = importance;
        this.identifiedOn = identifiedOn;
    }

    public String getStatement() {
        return statement;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public int getImportance() {
        return importance;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }
}
