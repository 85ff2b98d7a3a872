package no.nyttiggjort.scoring.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuccessFormulaTest {

    @ParameterizedTest(name = "{0},{1},{2},{3},{4} -> {5} / {6}")
    @CsvSource({
            "5,5,5,5,5, 1.00000, 100.0",
            "3,3,3,3,3, 0.07776, 7.8",   // 7.776 rounds up: not truncated
            "4,4,4,4,3, 0.24576, 24.6",
            "2,2,2,2,2, 0.01024, 1.0",
            "1,1,1,1,1, 0.00032, 0.0",
            "5,5,5,5,1, 0.20000, 20.0",
            "0,5,5,5,5, 0.00000, 0.0" })
    void theScoreIsTheProductOfLevelsOverFive(int b, int l, int i, int t, int f, String value, String percent) {
        Score score = SuccessFormula.score(FactorScores.of(b, l, i, t, f));
        assertEquals(new BigDecimal(value), score.value());
        assertEquals(new BigDecimal(percent), score.percent());
    }

    @Test
    void aZeroFactorBlocksAndBecomesTheFocus() {
        Analysis a = SuccessFormula.analyse(FactorScores.of(4, 5, 3, 0, 4));
        assertEquals(List.of(Factor.TEAM), a.blocked());
        assertEquals(List.of(Factor.TEAM), a.bottleneck());
        assertEquals(Factor.TEAM, a.recommendedFocus());
        // Raising TEAM to 1: 4*5*3*1*4 = 240 of 3125 = 7.68 %.
        assertEquals(new BigDecimal("7.7"), a.factors().get(3).ifRaised().percent());
        assertEquals(new BigDecimal("7.7"), a.factors().get(3).gain());
        assertEquals(new BigDecimal("0.0"), a.factors().get(0).gain());
    }

    @Test
    void withTwoZerosNoSingleRaiseHelpsAndTheFirstBlockedFactorInFormulaOrderIsTheFocus() {
        Analysis a = SuccessFormula.analyse(FactorScores.of(3, 0, 3, 3, 0));
        assertEquals(List.of(Factor.LOSNING, Factor.FORANKRING), a.blocked());
        assertEquals(Factor.LOSNING, a.recommendedFocus());
        a.factors().forEach(f -> assertEquals(0, f.gain().signum()));
    }

    @Test
    void allFivesHaveNoBottleneckAndNoFocus() {
        Analysis a = SuccessFormula.analyse(FactorScores.of(5, 5, 5, 5, 5));
        assertEquals(List.of(), a.bottleneck());
        assertEquals(List.of(), a.blocked());
        assertNull(a.recommendedFocus());
        a.factors().forEach(f -> assertNull(f.ifRaised()));
    }

    @Test
    void theLargestGainIsTheFocusAndTiesGoToTheFormulasOrder() {
        Analysis a = SuccessFormula.analyse(FactorScores.of(4, 3, 5, 3, 4));
        assertEquals(List.of(Factor.LOSNING, Factor.TEAM), a.bottleneck());
        // LOSNING and TEAM gain the same (4*5*3*4 = 240 → 7.68 points); LOSNING comes first in the formula.
        assertEquals(Factor.LOSNING, a.recommendedFocus());
        assertEquals(a.factors().get(1).gain(), a.factors().get(3).gain());
        assertEquals(new BigDecimal("7.7"), a.factors().get(1).gain());
        // BEHOV at 4: 3*5*3*4 = 180 → 5.76 points.
        assertEquals(new BigDecimal("5.8"), a.factors().get(0).gain());
    }
}
