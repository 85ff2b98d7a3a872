package no.nyttiggjort.scoring.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A success score. The product of five levels out of 5^5 = 3125 is P × 0.00032, so the 0–1 value
 * is exact with five decimals; the percentage is rounded half-up to one decimal.
 */
@Schema(name = "Score", description = "Π(level ÷ 5): as a fraction (exact) and as a percentage (one decimal, rounded half-up)")
public record Score(
        @Schema(description = "0 to 1, exact", examples = "0.07776") BigDecimal value,
        @Schema(description = "0 to 100, one decimal, rounded half-up", examples = "7.8") BigDecimal percent) {

    private static final BigDecimal PER_PRODUCT_UNIT = new BigDecimal("0.00032");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The score of a product of five levels (0 to 3125). */
    public static Score ofProduct(long product) {
        BigDecimal value = PER_PRODUCT_UNIT.multiply(BigDecimal.valueOf(product));
        return new Score(value, percent(value));
    }

    /** A mean or other fraction in 0–1, for aggregates; kept to five decimals like single scores. */
    public static Score ofFraction(BigDecimal fraction) {
        BigDecimal value = fraction.setScale(5, RoundingMode.HALF_UP);
        return new Score(value, percent(fraction));
    }

    /** Percentage points from a fraction, one decimal, half-up. */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }
}
