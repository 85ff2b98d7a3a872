package no.nyttiggjort.gateway.network.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The two forms of the overview and which one an Accept header asks for (RFC 9110 content negotiation):
 * each form gets the quality of the most specific media range that matches it; the higher quality wins,
 * then the more specific match, then JSON. No Accept header means JSON.
 */
enum OverviewFormat {

    JSON("application", "json", "application/json"),
    CSV("text", "csv", "text/csv; charset=utf-8; header=present");

    private final String type;
    private final String subtype;
    private final String contentType;

    OverviewFormat(String type, String subtype, String contentType) {
        this.type = type;
        this.subtype = subtype;
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<OverviewFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        OverviewFormat best = null;
        Match bestMatch = Match.NONE;
        for (OverviewFormat format : values()) {
            Match match = format.matchIn(accept);
            if (match.quality > 0 && match.betterThan(bestMatch)) {
                best = format;
                bestMatch = match;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives this form, from its most specific matching range. */
    private Match matchIn(String accept) {
        Match found = Match.NONE;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String[] mime = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (mime.length != 2) {
                continue;
            }
            int specificity;
            if (mime[0].equals(type) && mime[1].equals(subtype)) {
                specificity = 2;
            } else if (mime[0].equals(type) && mime[1].equals("*")) {
                specificity = 1;
            } else if (mime[0].equals("*") && mime[1].equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > found.specificity) {
                found = new Match(quality(parts), specificity);
            }
        }
        return found;
    }

    /** The q parameter (0 to 1), 1 when absent; a malformed one makes the range unusable (0). */
    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] parameter = parameters[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                try {
                    double q = Double.parseDouble(parameter[1].trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private record Match(double quality, int specificity) {

        static final Match NONE = new Match(0, -1);

        boolean betterThan(Match other) {
            return quality > other.quality || (quality == other.quality && specificity > other.specificity);
        }
    }
}
