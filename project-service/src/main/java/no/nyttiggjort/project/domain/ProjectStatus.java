package no.nyttiggjort.project.domain;

public enum ProjectStatus {
    ACTIVE,
    /** Kept for the record and read-only; archived projects are left out of lists unless asked for. */
    ARCHIVED
}
