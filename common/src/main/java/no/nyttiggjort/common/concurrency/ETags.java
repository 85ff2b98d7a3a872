package no.nyttiggjort.common.concurrency;

import no.nyttiggjort.common.problem.ProblemException;

/**
 * A resource's ETag is its version. Changes must name the version they were made against, so
 * two people editing the same project cannot silently overwrite each other.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Fails with 428 when If-Match is missing and 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag you last read, so concurrent changes are not lost");
        }
        String expected = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource has changed since you read it (current ETag " + expected + "); fetch it again and retry");
    }
}
