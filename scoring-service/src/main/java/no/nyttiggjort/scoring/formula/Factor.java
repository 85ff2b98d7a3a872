package no.nyttiggjort.scoring.formula;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The five foundations of the success formula, in the formula's own order
 * (behov × løsning × ildsjel × team × forankring). That order is also the tie rule wherever two
 * factors are equally good places to work: need comes first ("big B, small L").
 */
public enum Factor {
    BEHOV,
    LOSNING,
    ILDSJEL,
    TEAM,
    FORANKRING;

    /** Some municipalities say "pådriver" (driving force) for the champion. */
    public static final String ILDSJEL_ALIAS = "PADRIVER";

    /** Every accepted spelling, for messages and the API description. */
    public static final String ACCEPTED = "BEHOV, LOSNING, ILDSJEL (or PADRIVER), TEAM, FORANKRING";

    /** Regex for Bean Validation of a factor name as sent by a client. */
    public static final String PATTERN = "BEHOV|LOSNING|ILDSJEL|PADRIVER|TEAM|FORANKRING";

    public static Optional<Factor> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (ILDSJEL_ALIAS.equals(name)) {
            return Optional.of(ILDSJEL);
        }
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
