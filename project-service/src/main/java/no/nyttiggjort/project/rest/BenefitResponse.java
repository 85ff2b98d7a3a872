package no.nyttiggjort.project.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.nyttiggjort.project.domain.Beneficiary;
import no.nyttiggjort.project.domain.Benefit;
import no.nyttiggjort.project.domain.BenefitKind;
import no.nyttiggjort.project.domain.Measurement;
import no.nyttiggjort.project.service.BenefitService.BenefitView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Benefit", description = "A benefit (gevinst), with its latest value against its baseline")
public record BenefitResponse(UUID id, UUID projectId, String indicator, Beneficiary beneficiary, BenefitKind kind, String unit,
        BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target,
        @Schema(description = "The most recent measurement; absent until one is recorded") BigDecimal latestValue,
        LocalDate latestDate,
        @Schema(description = "latestValue minus baselineValue") BigDecimal changeFromBaseline,
        @Schema(description = "The change as a percentage of the baseline; absent when the baseline is 0") BigDecimal changePercent,
        Instant createdAt, long version) {

    static BenefitResponse of(BenefitView view) {
        Benefit b = view.benefit();
        Measurement latest = view.latest();
        BigDecimal latestValue = latest == null ? null : plain(latest.getValue());
        BigDecimal change = latest == null ? null : plain(latest.getValue().subtract(b.getBaselineValue()));
        BigDecimal percent = change == null || b.getBaselineValue().signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(b.getBaselineValue().abs(), 1, RoundingMode.HALF_UP);
        return new BenefitResponse(b.getId(), b.getProjectId(), b.getIndicator(), b.getBeneficiary(), b.getKind(), b.getUnit(),
                plain(b.getBaselineValue()), b.getBaselineOn(), plain(b.getTargetValue()), latestValue,
                latest == null ? null : latest.getMeasuredOn(), change, percent, b.getCreatedAt(), b.getVersion());
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
