package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One measured value of a benefit's indicator. */
@Entity
@Table(name = "benefit_measurement")
public class Measurement extends ProjectChild {

    @Column(name = "benefit_id", nullable = false)
    private UUID benefitId;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = 1000)
    private String note;

    protected Measurement() {
    }

    public Measurement(UUID projectId, UUID benefitId, LocalDate measuredOn, BigDecimal value, String note, Instant now) {
        super(projectId, now);
        this.benefitId = benefitId;
        this.measuredOn = measuredOn;
        this.value = value;
        this.note = note;
    }

    public UUID getBenefitId() {
        return benefitId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }
}
