package no.nyttiggjort.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A benefit (gevinst): an indicator with a baseline, a target and measurements over time. */
@Entity
@Table(name = "benefit")
public class Benefit extends ProjectChild {

    @Column(nullable = false, length = 200)
    private String indicator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Beneficiary beneficiary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BenefitKind kind;

    @Column(nullable = false, length = 50)
    private String unit;

    @Column(name = "baseline_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_on", nullable = false)
    private LocalDate baselineOn;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal targetValue;

    protected Benefit() {
    }

    public Benefit(UUID projectId, Instant now) {
        super(projectId, now);
    }

    public void describe(String indicator, Beneficiary beneficiary, BenefitKind kind, String unit,
            BigDecimal baselineValue, LocalDate baselineOn, BigDecimal targetValue) {
        this.indicator = indicator;
        this.beneficiary = beneficiary;
        this.kind = kind;
        this.unit = unit;
        this.baselineValue = baselineValue;
        this.baselineOn = baselineOn;
        this.targetValue = targetValue;
    }

    public String getIndicator() {
        return indicator;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public BenefitKind getKind() {
        return kind;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public LocalDate getBaselineOn() {
        return baselineOn;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }
}
