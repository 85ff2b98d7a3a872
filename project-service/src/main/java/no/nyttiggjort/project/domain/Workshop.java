package no.nyttiggjort.project.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A workshop or idea session with the target group. Only counts of citizens are kept, never who they
 * were; the needs it produced are linked.
 */
@Entity
@Table(name = "workshop")
public class Workshop extends ProjectChild {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkshopKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "target_group", nullable = false, length = 200)
    private String targetGroup;

    @Column(nullable = false)
    private int citizens;

    @Column(nullable = false)
    private int employees;

    @Column(length = 4000)
    private String summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_need", joinColumns = @JoinColumn(name = "workshop_id"))
    @Column(name = "need_id", nullable = false)
    private Set<UUID> needIds = new LinkedHashSet<>();

    protected Workshop() {
    }

    public Workshop(UUID projectId, Instant now) {
        super(projectId, now);
    }

    public void describe(WorkshopKind kind, LocalDate heldOn, String targetGroup, int citizens, int employees,
            String summary, Set<UUID> needIds) {
        this.kind = kind;
        this.heldOn = heldOn;
        this.targetGroup = targetGroup;
        this.citizens = citizens;
        this.employees = employees;
        this.summary = summary;
        this.needIds.clear();
        this.needIds.addAll(needIds);
    }

    public WorkshopKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public int getCitizens() {
        return citizens;
    }

    public int getEmployees() {
        return employees;
    }

    public String getSummary() {
        return summary;
    }

    public Set<UUID> getNeedIds() {
        return Set.copyOf(needIds);
    }
}
