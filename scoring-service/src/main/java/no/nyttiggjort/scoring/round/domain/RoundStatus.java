package no.nyttiggjort.scoring.round.domain;

public enum RoundStatus {
    /** Assessors submit; each sees only their own levels. */
    OPEN,
    /** Every named assessor has submitted, or the round was closed: the consensus is fixed. */
    CLOSED
}
