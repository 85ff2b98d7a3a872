package no.nyttiggjort.common.paging;

import java.util.ArrayList;
import java.util.List;
import no.nyttiggjort.common.problem.FieldError;
import no.nyttiggjort.common.problem.ProblemException;

/**
 * A validated page request. Parameters arrive as text so that "page=abc" is a named 400 rather
 * than the 404 JAX-RS gives for unconvertible query parameters.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest parse(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = parseInt("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int s = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    private static int parseInt(String name, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return fallback;
        }
    }
}
