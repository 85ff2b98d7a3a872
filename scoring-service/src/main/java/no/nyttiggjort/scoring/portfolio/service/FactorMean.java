package no.nyttiggjort.scoring.portfolio.service;

import java.math.BigDecimal;
import no.nyttiggjort.scoring.formula.Factor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FactorMean", description = "The mean level of a factor, two decimals, rounded half-up")
public record FactorMean(Factor factor, BigDecimal mean) {
}
