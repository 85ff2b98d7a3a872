package no.nyttiggjort.scoring.formula;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns validated client entries into domain values, and domain values back into entries. */
public final class FactorSets {

    private FactorSets() {
    }

    /** Entries must have passed {@link CompleteFactorSet} and their own constraints. */
    public static FactorScores levels(List<? extends FactorEntry> entries) {
        Map<Factor, Integer> map = new EnumMap<>(Factor.class);
        entries.forEach(e -> map.put(Factor.parse(e.factor()).orElseThrow(), e.score()));
        return FactorScores.of(map);
    }

    public static Justifications justifications(List<JustifiedScore> entries) {
        Map<Factor, String> map = new EnumMap<>(Factor.class);
        entries.forEach(e -> map.put(Factor.parse(e.factor()).orElseThrow(), e.justification().strip()));
        return Justifications.of(map);
    }

    public static List<JustifiedScore> entries(FactorScores levels, Justifications reasons) {
        List<JustifiedScore> list = new ArrayList<>();
        for (Factor f : Factor.values()) {
            list.add(new JustifiedScore(f.name(), levels.get(f), reasons.get(f)));
        }
        return list;
    }
}
