package no.nyttiggjort.scoring.formula;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FactorOutlook", description = "One factor's level and what raising it one level would give")
public record FactorOutlook(
        Factor factor,
        @Schema(minimum = "0", maximum = "5") int level,
        @Schema(description = "The score if this factor rose one level; absent at level 5") Score ifRaised,
        @Schema(description = "Percentage points gained by raising this factor one level (exact difference, "
                + "rounded half-up to one decimal); 0 at level 5", examples = "4.3") BigDecimal gain) {
}
