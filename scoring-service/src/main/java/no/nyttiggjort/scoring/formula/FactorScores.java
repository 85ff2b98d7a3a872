package no.nyttiggjort.scoring.formula;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One level (0–5) per factor. Stored as five columns rather than rows: the set is fixed by the
 * formula, and columns let the database multiply and compare them in the portfolio queries.
 */
@Embeddable
public class FactorScores {

    public static final int MIN = 0;
    public static final int MAX = 5;

    @Column(name = "behov")
    private Short behov;

    @Column(name = "losning")
    private Short losning;

    @Column(name = "ildsjel")
    private Short ildsjel;

    @Column(name = "team")
    private Short team;

    @Column(name = "forankring")
    private Short forankring;

    protected FactorScores() {
        // for JPA
    }

    public static FactorScores of(Map<Factor, Integer> levels) {
        FactorScores s = new FactorScores();
        for (Factor f : Factor.values()) {
            Integer level = levels.get(f);
            if (level == null || level < MIN || level > MAX) {
                throw new IllegalArgumentException("Factor " + f + " needs a level from 0 to 5, got " + level);
            }
        }
        s.behov = levels.get(Factor.BEHOV).shortValue();
        s.losning = levels.get(Factor.LOSNING).shortValue();
        s.ildsjel = levels.get(Factor.ILDSJEL).shortValue();
        s.team = levels.get(Factor.TEAM).shortValue();
        s.forankring = levels.get(Factor.FORANKRING).shortValue();
        return s;
    }

    public static FactorScores of(int behov, int losning, int ildsjel, int team, int forankring) {
        Map<Factor, Integer> levels = new EnumMap<>(Factor.class);
        levels.put(Factor.BEHOV, behov);
        levels.put(Factor.LOSNING, losning);
        levels.put(Factor.ILDSJEL, ildsjel);
        levels.put(Factor.TEAM, team);
        levels.put(Factor.FORANKRING, forankring);
        return of(levels);
    }

    public int get(Factor factor) {
        return switch (factor) {
            case BEHOV -> behov;
            case LOSNING -> losning;
            case ILDSJEL -> ildsjel;
            case TEAM -> team;
            case FORANKRING -> forankring;
        };
    }

    public Map<Factor, Integer> asMap() {
        Map<Factor, Integer> map = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            map.put(f, get(f));
        }
        return map;
    }

    /** The numerator of the score: the product of the five levels, out of 5^5 = 3125. */
    public int product() {
        int p = 1;
        for (Factor f : Factor.values()) {
            p *= get(f);
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorScores other && asMap().equals(other.asMap());
    }

    @Override
    public int hashCode() {
        return Objects.hash(behov, losning, ildsjel, team, forankring);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
