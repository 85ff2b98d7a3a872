package no.nyttiggjort.certification.certificate.rest;

import java.time.Instant;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.domain.CertificateStatus;
import no.nyttiggjort.certification.certificate.service.CredentialFactory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Certificate", description = "A certified innovation agent's certificate and its signed credential")
public record CertificateResponse(
        UUID id,
        String municipality,
        UUID programmeId,
        UUID enrolmentId,
        String holderUserId,
        String holderName,
        String achievementId,
        String achievementName,
        CertificateStatus status,
        @Schema(description = "When the certificate was first awarded; kept by renewals") Instant awardedAt,
        Instant validFrom,
        Instant validUntil,
        Instant revokedAt,
        String revocationReason,
        @Schema(description = "The certificate this one renewed") UUID renewalOf,
        @Schema(description = "The certificate that replaced this one") UUID replacedBy,
        @Schema(description = "Public, no login") String verificationUrl,
        @Schema(description = "The OpenBadgeCredential as a VC-JWT (ES256), for the holder's wallet") String credential) {

    static CertificateResponse of(Certificate c, Instant now, String verificationUrl) {
        return new CertificateResponse(c.getId(), c.getMunicipality(), c.getProgrammeId(), c.getEnrolmentId(),
                c.getHolderUserId(), c.getHolderName(), c.getAchievementId(), CredentialFactory.ACHIEVEMENT_NAME,
                c.status(now), c.getAwardedAt(), c.getValidFrom(), c.getValidUntil(), c.getRevokedAt(),
                c.getRevocationReason(), c.getRenewalOf(), c.getReplacedBy(), verificationUrl, c.getCredential());
    }
}
