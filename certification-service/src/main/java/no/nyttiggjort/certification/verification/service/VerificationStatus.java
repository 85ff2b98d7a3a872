package no.nyttiggjort.certification.verification.service;

public enum VerificationStatus {
    VALID,
    REVOKED,
    EXPIRED,
    /** Not a credential this service signed as it stands: bad signature, unknown key, wrong issuer, malformed. */
    INVALID
}
