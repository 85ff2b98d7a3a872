package no.nyttiggjort.common.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.nyttiggjort.common.problem.ProblemException;

/**
 * Query parameters parsed by hand, so a bad value is a 400 naming the parameter rather than the
 * bare 404 JAX-RS gives when it cannot convert one.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }
}
