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

/** One BLT test: a hypothesis about a solution for some needs, tried on real users. One test closes one loop. */
@Entity
@Table(name = "blt_test")
public class BltTest extends ProjectChild {

    @Column(nullable = false, length = 2000)
    private String hypothesis;

    @Column(name = "solution_id")
    private UUID solutionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "blt_test_need", joinColumns = @JoinColumn(name = "test_id"))
    @Column(name = "need_id", nullable = false)
    private Set<UUID> needIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TestType type;

    @Column(name = "tested_on", nullable = false)
    private LocalDate testedOn;

    @Column(nullable = false)
    private int participants;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TestOutcome outcome;

    @Column(length = 4000)
    private String learning;

    protected BltTest() {
    }

    public BltTest(UUID projectId, Instant now) {
        super(projectId, now);
    }

    public void describe(String hypothesis, UUID solutionId, Set<UUID> needIds, TestType type, LocalDate testedOn,
            int participants, TestOutcome outcome, String learning) {
        this.hypothesis = hypothesis;
        this.solutionId = solutionId;
        this.needIds.clear();
        this.needIds.addAll(needIds);
        this.type = type;
        this.testedOn = testedOn;
        this.participants = participants;
        this.outcome = outcome;
        this.learning = learning;
    }

    public String getHypothesis() {
        return hypothesis;
    }

    public UUID getSolutionId() {
        return solutionId;
    }

    public Set<UUID> getNeedIds() {
        return Set.copyOf(needIds);
    }

    public TestType getType() {
        return type;
    }

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public int getParticipants() {
        return participants;
    }

    public TestOutcome getOutcome() {
        return outcome;
    }

    public String getLearning() {
        return learning;
    }
}
