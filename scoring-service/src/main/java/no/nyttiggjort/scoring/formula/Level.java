package no.nyttiggjort.scoring.formula;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One factor's level without a reason, for what-if questions that store nothing. */
@Schema(name = "Level")
public record Level(
        @NotBlank @Pattern(regexp = Factor.PATTERN, message = "must be one of: " + Factor.ACCEPTED)
        @Schema(required = true, type = SchemaType.STRING, enumeration = { "BEHOV", "LOSNING", "ILDSJEL", "PADRIVER", "TEAM",
                "FORANKRING" })
        String factor,
        @NotNull @Min(0) @Max(5)
        @Schema(required = true, minimum = "0", maximum = "5")
        Integer score) implements FactorEntry {
}
