package no.nyttiggjort.certification.certificate.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.EventKind;
import no.nyttiggjort.certification.certificate.service.RegistryService.NetworkCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response shapes of the registry, each a concrete type so the OpenAPI document names it. */
public final class Pages {

    private Pages() {
    }

    @Schema(name = "CertificatePage")
    public record CertificatePage(List<CertificateResponse> items, int page, int size, long total) {
    }

    @Schema(name = "CertificateEvent", description = "An entry of a certificate's audit trail")
    public record EventResponse(UUID id, EventKind kind, String actor, String actorName, String reason,
            Instant occurredAt) {
    }

    @Schema(name = "CertificateEventPage")
    public record EventPage(List<EventResponse> items, int page, int size, long total) {
    }

    @Schema(name = "CertificateCounts", description = "Current certificates of one municipality by status")
    public record Counts(String municipality, long active, long expired, long revoked) {
    }

    @Schema(name = "NetworkCertificateCounts", description = "Certified agents of one municipality by status. A count "
            + "between 1 and the suppression threshold is withheld (null) and suppressed is true.")
    public record NetworkCountResponse(String municipality, Long active, Long expired, Long revoked,
            boolean suppressed) {
        static NetworkCountResponse of(NetworkCount c) {
            return new NetworkCountResponse(c.municipality(), c.active(), c.expired(), c.revoked(), c.suppressed());
        }
    }

    @Schema(name = "NetworkCertificateCountPage")
    public record NetworkCountPage(List<NetworkCountResponse> items, int page, int size, long total) {
    }

    @Schema(name = "BulkIssueResult", description = "What issuing for a panel did; running it again issues nothing twice")
    public record BulkIssueResponse(List<CertificateResponse> issued, List<UUID> alreadyCertified,
            List<NotEligibleResponse> notEligible) {
    }

    @Schema(name = "NotEligible")
    public record NotEligibleResponse(UUID enrolmentId, String name, String reason) {
    }
}
