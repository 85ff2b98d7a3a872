package no.nyttiggjort.project.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementRequest", description = "One measured value of a benefit's indicator")
public record MeasurementRequest(
        @NotNull @PastOrPresent @Schema(required = true) LocalDate date,
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(required = true) BigDecimal value,
        @Size(max = 1000) @Schema(maxLength = 1000) String note) {
}
