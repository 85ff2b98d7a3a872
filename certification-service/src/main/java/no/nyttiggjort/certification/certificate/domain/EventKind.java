package no.nyttiggjort.certification.certificate.domain;

public enum EventKind {
    ISSUED,
    /** A new certificate replacing one that was about to expire; the award date is kept. */
    RENEWED,
    REVOKED
}
