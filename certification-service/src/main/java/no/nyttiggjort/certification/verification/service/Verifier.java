package no.nyttiggjort.certification.verification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.repository.CertificateRepository;
import no.nyttiggjort.certification.config.PublicUrls;
import no.nyttiggjort.certification.signing.service.KeyRing;

/**
 * Verifies certificates the way an outsider would: the signature against our published keys first,
 * then the claims, then revocation and dates. Anything that fails before the claims is INVALID and
 * says nothing about any certificate.
 */
@ApplicationScoped
public class Verifier {

    private static final String CREDENTIAL_ID_PREFIX = "urn:uuid:";

    private final KeyRing keys;
    private final CertificateRepository certificates;
    private final PublicUrls urls;
    private final ObjectMapper json;
    private final Clock clock;

    public Verifier(KeyRing keys, CertificateRepository certificates, PublicUrls urls, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.certificates = certificates;
        this.urls = urls;
        this.json = json;
        this.clock = clock;
    }

    /** A certificate we issued, by id; its stored credential is checked like any presented one. */
    @Transactional
    public Optional<VerificationResult> byId(UUID id) {
        return certificates.findByIdOptional(id).map(c -> verify(c.getCredential()));
    }

    @Transactional
    public VerificationResult verify(String vcJwt) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWSObject jws;
        try {
            jws = JWSObject.parse(vcJwt.strip());
        } catch (ParseException e) {
            return VerificationResult.invalid("not a signed JWT (compact JWS); unsigned (alg none) tokens are refused", now);
        }
        JWSAlgorithm alg = jws.getHeader().getAlgorithm();
        if (!JWSAlgorithm.ES256.equals(alg) && !JWSAlgorithm.RS256.equals(alg)) {
            return VerificationResult.invalid("algorithm " + alg + " is not accepted", now);
        }
        String kid = jws.getHeader().getKeyID();
        Optional<JWK> key = kid == null ? Optional.empty() : keys.publicKey(kid);
        if (key.isEmpty()) {
            return VerificationResult.invalid("unknown key id", now);
        }
        if (!signatureVerifies(jws, alg, key.get())) {
            return VerificationResult.invalid("signature does not verify", now);
        }
        return checkClaims(jws.getPayload().toString(), now);
    }

    private VerificationResult checkClaims(String payload, Instant now) {
        JsonNode vc;
        try {
            vc = json.readTree(payload);
        } catch (IOException e) {
            return VerificationResult.invalid("the payload is not a credential", now);
        }
        if (!hasType(vc.path("type"), "OpenBadgeCredential")) {
            return VerificationResult.invalid("not an OpenBadgeCredential", now);
        }
        Optional<Certificate> certificate = certificateOf(vc.path("id").asText(""));
        if (certificate.isEmpty()) {
            return VerificationResult.invalid("not a certificate this service issued", now);
        }
        Certificate c = certificate.get();
        String expectedIssuer = urls.issuer(c.getMunicipality());
        JsonNode issuer = vc.path("issuer");
        String issuerId = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText("");
        if (!expectedIssuer.equals(issuerId) || (vc.has("iss") && !expectedIssuer.equals(vc.path("iss").asText()))) {
            return VerificationResult.invalid("issuer does not match the certificate's municipality", now);
        }
        Instant validFrom;
        Instant validUntil;
        Instant awarded;
        try {
            validFrom = Instant.parse(vc.path("validFrom").asText());
            validUntil = Instant.parse(vc.path("validUntil").asText());
            awarded = Instant.parse(vc.path("awardedDate").asText());
        } catch (DateTimeParseException e) {
            return VerificationResult.invalid("the credential's dates are unreadable", now);
        }
        VerificationStatus status;
        if (c.getRevokedAt() != null) {
            status = VerificationStatus.REVOKED;
        } else if (now.isBefore(validFrom)) {
            return VerificationResult.invalid("not valid before " + validFrom, now);
        } else if (!now.isBefore(validUntil)) {
            status = VerificationStatus.EXPIRED;
        } else {
            status = VerificationStatus.VALID;
        }
        JsonNode achievement = vc.path("credentialSubject").path("achievement");
        return new VerificationResult(status, null, c.getId(),
                new VerificationResult.Named(issuerId, issuer.path("name").asText(null)),
                new VerificationResult.Named(achievement.path("id").asText(null), achievement.path("name").asText(null)),
                c.getHolderName(), awarded, validFrom, validUntil, c.getRevokedAt(), now);
    }

    private static boolean signatureVerifies(JWSObject jws, JWSAlgorithm alg, JWK key) {
        try {
            JWSVerifier verifier;
            if (key instanceof ECKey ec && JWSAlgorithm.ES256.equals(alg)) {
                verifier = new ECDSAVerifier(ec);
            } else if (key instanceof RSAKey rsa && JWSAlgorithm.RS256.equals(alg)) {
                verifier = new RSASSAVerifier(rsa);
            } else {
                return false;
            }
            return jws.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private Optional<Certificate> certificateOf(String credentialId) {
        if (!credentialId.startsWith(CREDENTIAL_ID_PREFIX)) {
            return Optional.empty();
        }
        try {
            return certificates.findByIdOptional(UUID.fromString(credentialId.substring(CREDENTIAL_ID_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean hasType(JsonNode type, String wanted) {
        if (type.isTextual()) {
            return wanted.equals(type.asText());
        }
        for (JsonNode t : type) {
            if (wanted.equals(t.asText())) {
                return true;
            }
        }
        return false;
    }
}
