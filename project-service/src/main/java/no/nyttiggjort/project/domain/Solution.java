package no.nyttiggjort.project.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A solution (løsning) and the needs it addresses: "big B, small L", it grows as it is tested. */
@Entity
@Table(name = "solution")
public class Solution extends ProjectChild {

    @Column(nullable = false, length = 4000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_need", joinColumns = @JoinColumn(name = "solution_id"))
    @Column(name = "need_id", nullable = false)
    private Set<UUID> needIds = new LinkedHashSet<>();

    protected Solution() {
    }

    public Solution(UUID projectId, Instant now) {
        super(projectId, now);
    }

    public void describe(String description, Set<UUID> needIds) {
        this.description = description;
        this.needIds.clear();
        this.needIds.addAll(needIds);
    }

    public String getDescription() {
        return description;
    }

    public Set<UUID> getNeedIds() {
        return Set.copyOf(needIds);
    }
}
