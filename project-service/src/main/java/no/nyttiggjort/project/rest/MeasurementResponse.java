package no.nyttiggjort.project.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.nyttiggjort.project.domain.Measurement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement", description = "One measured value of a benefit's indicator")
public record MeasurementResponse(UUID id, UUID benefitId, LocalDate date, BigDecimal value, String note, Instant createdAt,
        long version) {

    static MeasurementResponse of(Measurement m) {
        return new MeasurementResponse(m.getId(), m.getBenefitId(), m.getMeasuredOn(), BenefitResponse.plain(m.getValue()),
                m.getNote(), m.getCreatedAt(), m.getVersion());
    }
}
