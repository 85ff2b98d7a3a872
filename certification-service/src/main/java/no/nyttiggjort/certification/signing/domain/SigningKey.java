package no.nyttiggjort.certification.signing.domain;

import static no.nyttiggjort.certification.common.Times.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A key the service signs credentials with, as JWKs. Only one is active; retired keys are kept so
 * the credentials they signed keep verifying, and their public halves stay in the JWKS.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, length = 8)
    private String algorithm;

    @Column(name = "public_jwk", nullable = false, columnDefinition = "text")
    private String publicJwk;

    @Column(name = "private_jwk", nullable = false, columnDefinition = "text")
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {
        // for JPA
    }

    public SigningKey(String kid, String algorithm, String publicJwk, String privateJwk, Instant now) {
        this.kid = kid;
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.privateJwk = privateJwk;
        this.createdAt = micros(now);
    }

    public void retire(Instant now) {
        this.retiredAt = micros(now);
    }

    public String getKid() {
        return kid;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
