package no.nyttiggjort.certification.certificate.service;

/**
 * Network aggregates count people, so a count from 1 up to (not including) the threshold is withheld: it
 * could single someone out. Zero is shown; it reveals no one.
 */
final class SmallGroups {

    private SmallGroups() {
    }

    static boolean suppressed(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    /** The count, or null when it is withheld. */
    static Long shown(long count, int threshold) {
        return suppressed(count, threshold) ? null : count;
    }
}
