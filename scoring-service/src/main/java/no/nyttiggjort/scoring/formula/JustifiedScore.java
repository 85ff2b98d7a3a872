package no.nyttiggjort.scoring.formula;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One factor's level with the reason for it, as an assessor sends it and as it is shown back. */
@Schema(name = "JustifiedScore")
public record JustifiedScore(
        @NotBlank @Pattern(regexp = Factor.PATTERN, message = "must be one of: " + Factor.ACCEPTED)
        @Schema(required = true, type = SchemaType.STRING, enumeration = { "BEHOV", "LOSNING", "ILDSJEL", "PADRIVER", "TEAM",
                "FORANKRING" }, description = "PADRIVER is accepted for ILDSJEL and answered as ILDSJEL")
        String factor,
        @NotNull @Min(0) @Max(5)
        @Schema(required = true, minimum = "0", maximum = "5")
        Integer score,
        @NotBlank @Size(max = Justifications.MAX_LENGTH)
        @Schema(required = true, maxLength = Justifications.MAX_LENGTH, examples = "Behovet er dokumentert i verksteder med brukerne")
        String justification) implements FactorEntry {
}
