package no.nyttiggjort.scoring.formula;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A panel's agreed level per factor: the median of the assessors' levels. With an even number of
 * assessors it is the lower of the two middle levels, so the consensus never exceeds what at least
 * half the panel gave: a product formula punishes optimism, and the panel should not round up.
 * A factor whose levels spread two or more apart is flagged as a disagreement worth talking about.
 */
public final class Consensus {

    public static final int DISAGREEMENT_SPREAD = 2;

    private Consensus() {
    }

    public record FactorConsensus(Factor factor, int median, int lowest, int highest, boolean disagreement) {
    }

    public static List<FactorConsensus> of(List<FactorScores> panel) {
        if (panel.isEmpty()) {
            throw new IllegalArgumentException("A consensus needs at least one assessor");
        }
        List<FactorConsensus> result = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            List<Integer> levels = new ArrayList<>(panel.stream().map(s -> s.get(factor)).sorted().toList());
            int median = levels.get((levels.size() - 1) / 2);
            int lowest = levels.get(0);
            int highest = levels.get(levels.size() - 1);
            result.add(new FactorConsensus(factor, median, lowest, highest, highest - lowest >= DISAGREEMENT_SPREAD));
        }
        return result;
    }

    public static FactorScores levels(List<FactorConsensus> consensus) {
        Map<Factor, Integer> map = new EnumMap<>(Factor.class);
        consensus.forEach(c -> map.put(c.factor(), c.median()));
        return FactorScores.of(map);
    }
}
