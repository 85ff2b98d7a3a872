package no.nyttiggjort.project.domain;

/** What a BLT test showed about the solution. */
public enum TestOutcome {
    CONFIRMED, REJECTED, ADJUST
}
