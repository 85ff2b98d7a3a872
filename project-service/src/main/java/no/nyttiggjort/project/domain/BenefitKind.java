package no.nyttiggjort.project.domain;

/** The kind of gain a benefit measures. */
public enum BenefitKind {
    AVOIDED_COST, TIME_SAVED, QUALITY, OTHER
}
