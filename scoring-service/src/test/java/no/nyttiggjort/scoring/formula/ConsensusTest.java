package no.nyttiggjort.scoring.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    @Test
    void theMedianOfAnOddPanelIsTheMiddleLevel() {
        List<Consensus.FactorConsensus> c = Consensus.of(List.of(
                FactorScores.of(4, 2, 5, 3, 1),
                FactorScores.of(3, 2, 4, 3, 4),
                FactorScores.of(5, 3, 4, 3, 2)));
        assertEquals(FactorScores.of(4, 2, 4, 3, 2), Consensus.levels(c));
        assertTrue(c.get(0).disagreement(), "BEHOV from 3 to 5 spreads two levels");
        assertFalse(c.get(1).disagreement(), "LOSNING from 2 to 3 spreads one level");
    }

    @Test
    void anEvenPanelTakesTheLowerMiddleLevel() {
        List<Consensus.FactorConsensus> c = Consensus.of(List.of(
                FactorScores.of(2, 5, 3, 4, 1),
                FactorScores.of(3, 4, 3, 5, 2)));
        assertEquals(FactorScores.of(2, 4, 3, 4, 1), Consensus.levels(c));
    }

    @Test
    void aSpreadOfTwoLevelsOrMoreIsADisagreement() {
        List<Consensus.FactorConsensus> c = Consensus.of(List.of(
                FactorScores.of(1, 3, 3, 0, 4),
                FactorScores.of(3, 4, 3, 5, 4),
                FactorScores.of(2, 3, 3, 2, 5)));
        assertTrue(c.get(0).disagreement());
        assertFalse(c.get(1).disagreement());
        assertFalse(c.get(2).disagreement());
        assertTrue(c.get(3).disagreement());
        assertEquals(0, c.get(3).lowest());
        assertEquals(5, c.get(3).highest());
        assertFalse(c.get(4).disagreement());
    }
}
