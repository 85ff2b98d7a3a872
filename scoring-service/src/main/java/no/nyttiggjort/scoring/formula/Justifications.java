package no.nyttiggjort.scoring.formula;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;

/** Why each level was given; an assessment without reasons cannot be discussed or learnt from. */
@Embeddable
public class Justifications {

    public static final int MAX_LENGTH = 2000;

    @Column(name = "behov_justification", length = MAX_LENGTH)
    private String behov;

    @Column(name = "losning_justification", length = MAX_LENGTH)
    private String losning;

    @Column(name = "ildsjel_justification", length = MAX_LENGTH)
    private String ildsjel;

    @Column(name = "team_justification", length = MAX_LENGTH)
    private String team;

    @Column(name = "forankring_justification", length = MAX_LENGTH)
    private String forankring;

    protected Justifications() {
        // for JPA
    }

    public static Justifications of(Map<Factor, String> texts) {
        Justifications j = new Justifications();
        j.behov = texts.get(Factor.BEHOV);
        j.losning = texts.get(Factor.LOSNING);
        j.ildsjel = texts.get(Factor.ILDSJEL);
        j.team = texts.get(Factor.TEAM);
        j.forankring = texts.get(Factor.FORANKRING);
        return j;
    }

    public String get(Factor factor) {
        return switch (factor) {
            case BEHOV -> behov;
            case LOSNING -> losning;
            case ILDSJEL -> ildsjel;
            case TEAM -> team;
            case FORANKRING -> forankring;
        };
    }
}
