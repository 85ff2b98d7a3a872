package no.nyttiggjort.certification.verification.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a verifier learns: the verdict, and for a genuine credential the issuer, achievement, holder name and dates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Verification", description = "The verdict on a certificate, with issuer, achievement, holder name and "
        + "dates for a genuine one; nothing else about the holder")
public record VerificationResult(
        VerificationStatus status,
        @Schema(description = "Only for INVALID: why", examples = "signature does not verify") String reason,
        UUID certificateId,
        Named issuer,
        Named achievement,
        @Schema(description = "The holder's name") String holder,
        Instant awardedDate,
        Instant validFrom,
        Instant validUntil,
        Instant revokedAt,
        Instant checkedAt) {

    @Schema(name = "VerifiedParty")
    public record Named(String id, String name) {
    }

    static VerificationResult invalid(String reason, Instant now) {
        return new VerificationResult(VerificationStatus.INVALID, reason, null, null, null, null, null, null, null, null,
                now);
    }
}
