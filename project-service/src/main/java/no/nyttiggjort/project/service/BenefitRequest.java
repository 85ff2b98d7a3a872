package no.nyttiggjort.project.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.nyttiggjort.project.domain.Beneficiary;
import no.nyttiggjort.project.domain.BenefitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenefitRequest", description = "A benefit (gevinst): an indicator with a baseline and a target")
public record BenefitRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Saksbehandlingstid byggesak")
        String indicator,
        @NotNull @Schema(required = true) Beneficiary beneficiary,
        @NotNull @Schema(required = true) BenefitKind kind,
        @NotBlank @Size(max = 50) @Schema(required = true, maxLength = 50, examples = "dager") String unit,
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(required = true) BigDecimal baselineValue,
        @NotNull @Schema(required = true) LocalDate baselineDate,
        @Digits(integer = 15, fraction = 4) BigDecimal target) {
}
