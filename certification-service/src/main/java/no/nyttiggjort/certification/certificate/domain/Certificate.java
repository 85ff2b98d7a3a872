package no.nyttiggjort.certification.certificate.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An issued certificate: the signed credential (VC-JWT) and what the registry and verification
 * need without parsing it. The credential never changes; revocation is recorded beside it and in
 * the municipality's status list.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    private UUID id;

    @Column(nullable = false, length = 4)
    private String municipality;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;

    @Column(name = "presentation_id", nullable = false)
    private UUID presentationId;

    @Column(name = "holder_user_id", nullable = false)
    private String holderUserId;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(name = "achievement_id", nullable = false, length = 200)
    private String achievementId;

    @Column(name = "awarded_at", nullable = false)
    private Instant awardedAt;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "status_index", nullable = false)
    private int statusIndex;

    @Column(nullable = false, length = 64)
    private String kid;

    @Column(nullable = false, columnDefinition = "text")
    private String credential;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "renewal_of")
    private UUID renewalOf;

    @Column(name = "replaced_by")
    private UUID replacedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected Certificate() {
        // for JPA
    }

    public Certificate(UUID id, Holder holder, String achievementId, Instant awardedAt, Instant validFrom,
            Instant validUntil, int statusIndex, String issuedBy, UUID renewalOf) {
        this.id = id;
        this.municipality = holder.municipality();
        this.programmeId = holder.programmeId();
        this.enrolmentId = holder.enrolmentId();
        this.presentationId = holder.presentationId();
        this.holderUserId = holder.userId();
        this.holderName = holder.name();
        this.achievementId = achievementId;
        this.awardedAt = micros(awardedAt);
        this.validFrom = micros(validFrom);
        this.validUntil = micros(validUntil);
        this.statusIndex = statusIndex;
        this.issuedBy = issuedBy;
        this.issuedAt = this.validFrom;
        this.renewalOf = renewalOf;
    }

    /** Who a certificate is for and what earned it. */
    public record Holder(String municipality, UUID programmeId, UUID enrolmentId, UUID presentationId, String userId,
            String name) {
    }

    public void signed(String jwt, String keyId) {
        this.credential = jwt;
        this.kid = keyId;
    }

    public void revoke(String reason, String by, Instant now) {
        this.revocationReason = reason;
        this.revokedBy = by;
        this.revokedAt = micros(now);
    }

    public void replacedBy(UUID successor) {
        this.replacedBy = successor;
    }

    public CertificateStatus status(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return validUntil.isAfter(now) ? CertificateStatus.ACTIVE : CertificateStatus.EXPIRED;
    }

    public UUID getId() {
        return id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public UUID getEnrolmentId() {
        return enrolmentId;
    }

    public UUID getPresentationId() {
        return presentationId;
    }

    public String getHolderUserId() {
        return holderUserId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getAchievementId() {
        return achievementId;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public int getStatusIndex() {
        return statusIndex;
    }

    public String getKid() {
        return kid;
    }

    public String getCredential() {
        return credential;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public UUID getRenewalOf() {
        return renewalOf;
    }

    public UUID getReplacedBy() {
        return replacedBy;
    }

    public long getVersion() {
        return version;
    }
}
