package no.nyttiggjort.certification.certificate.service;

import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;

/** What issuing for a whole panel did, participant by participant. */
public record BulkIssue(List<Certificate> issued, List<UUID> alreadyCertified, List<NotEligible> notEligible) {

    public record NotEligible(UUID enrolmentId, String name, String reason) {
    }
}
