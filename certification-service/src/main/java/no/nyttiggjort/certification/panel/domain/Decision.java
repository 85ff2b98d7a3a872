package no.nyttiggjort.certification.panel.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The panel's decision on a presentation, derived from the votes so it can never disagree with them.
 * The rule: nothing is decided until every member has voted; then PASS needs strictly more than half
 * of the members voting PASS. A tie (possible with an even number of members) is FAIL: a certificate
 * says a panel majority found the work good enough, and a split panel did not.
 */
@Schema(name = "Decision", description = "PENDING until every member has voted; then PASS if strictly more than half "
        + "of the members voted PASS, otherwise FAIL (a tie is FAIL)")
public enum Decision {
    PENDING,
    PASS,
    FAIL;

    public static Decision of(int members, int passVotes, int failVotes) {
        if (members == 0 || passVotes + failVotes < members) {
            return PENDING;
        }
        return 2 * passVotes > members ? PASS : FAIL;
    }
}
