package no.nyttiggjort.scoring.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Suksess = behov × løsning × ildsjel × team × forankring, each level divided by 5. Because it is a
 * product, the gain from raising a factor one level is the product of the other four: the weakest
 * factor is where work pays off most, which is the point of scoring this way.
 */
public final class SuccessFormula {

    private SuccessFormula() {
    }

    public static Score score(FactorScores levels) {
        return Score.ofProduct(levels.product());
    }

    public static Analysis analyse(FactorScores levels) {
        int product = levels.product();
        List<Factor> blocked = Arrays.stream(Factor.values()).filter(f -> levels.get(f) == 0).toList();
        List<FactorOutlook> outlooks = new ArrayList<>();
        Factor focus = null;
        int bestGain = 0;
        for (Factor factor : Factor.values()) {
            int level = levels.get(factor);
            if (level == FactorScores.MAX) {
                outlooks.add(new FactorOutlook(factor, level, null, BigDecimal.ZERO.setScale(1)));
                continue;
            }
            int raised = productWith(levels, factor, level + 1);
            int gain = raised - product;
            // Strictly greater: an equal gain later in the formula's order never displaces an earlier factor.
            if (gain > bestGain) {
                bestGain = gain;
                focus = factor;
            }
            Score raisedScore = Score.ofProduct(raised);
            outlooks.add(new FactorOutlook(factor, level, raisedScore, Score.ofProduct(gain).percent()));
        }
        if (focus == null && !blocked.isEmpty()) {
            focus = blocked.get(0);
        }
        return new Analysis(Score.ofProduct(product), blocked, bottleneck(levels), outlooks, focus);
    }

    /** All factors at the lowest level, in the formula's order; none when all are at 5. */
    public static List<Factor> bottleneck(FactorScores levels) {
        int lowest = Arrays.stream(Factor.values()).mapToInt(levels::get).min().orElse(FactorScores.MAX);
        if (lowest == FactorScores.MAX) {
            return List.of();
        }
        return Arrays.stream(Factor.values()).filter(f -> levels.get(f) == lowest).toList();
    }

    private static int productWith(FactorScores levels, Factor changed, int level) {
        int p = 1;
        for (Factor f : Factor.values()) {
            p *= f == changed ? level : levels.get(f);
        }
        return p;
    }
}
