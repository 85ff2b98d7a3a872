package no.nyttiggjort.certification.certificate.domain;

public enum CertificateStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
