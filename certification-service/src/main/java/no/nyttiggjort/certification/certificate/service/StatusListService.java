package no.nyttiggjort.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import no.nyttiggjort.certification.certificate.repository.CertificateRepository;
import no.nyttiggjort.certification.config.PublicUrls;
import no.nyttiggjort.certification.signing.service.CredentialSigner;

/**
 * Each municipality's revocation list as a W3C Bitstring Status List credential, signed like the
 * certificates. Positions are drawn at random from 131,072 (the specification's minimum size), so
 * a position says nothing about when or to whom a certificate was issued.
 */
@ApplicationScoped
public class StatusListService {

    public static final int SIZE = 131_072;
    /** How long a verifier may cache the list. */
    public static final long TTL_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRepository certificates;
    private final CredentialFactory credentials;
    private final CredentialSigner signer;
    private final PublicUrls urls;
    private final Clock clock;

    public StatusListService(CertificateRepository certificates, CredentialFactory credentials, CredentialSigner signer,
            PublicUrls urls, Clock clock) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.signer = signer;
        this.urls = urls;
        this.clock = clock;
    }

    /** A free position in the municipality's list; called under the municipality's issuing lock. */
    public int freeIndex(String municipality) {
        while (true) {
            int candidate = RANDOM.nextInt(SIZE);
            if (!certificates.indexUsed(municipality, candidate)) {
                return candidate;
            }
        }
    }

    @Transactional
    public String signedList(String municipality) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = urls.statusList(municipality);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encode(certificates.revokedIndexes(municipality)));
        subject.put("ttl", TTL_SECONDS * 1000);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(CredentialFactory.VC_CONTEXT));
        vc.put("id", id);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", credentials.issuerProfile(municipality));
        vc.put("validFrom", now.toString());
        vc.put("validUntil", now.plusSeconds(TTL_SECONDS * 12).toString());
        vc.put("credentialSubject", subject);
        vc.put("iss", urls.issuer(municipality));
        vc.put("iat", now.getEpochSecond());
        return signer.sign(vc).jwt();
    }

    /** Multibase base64url (prefix "u") of the GZIP-compressed bitstring; index 0 is the left-most bit. */
    static String encode(List<Integer> setBits) {
        byte[] bits = new byte[SIZE / 8];
        for (int index : setBits) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
