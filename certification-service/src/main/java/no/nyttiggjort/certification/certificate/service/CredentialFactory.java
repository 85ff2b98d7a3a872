package no.nyttiggjort.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.config.Municipalities;
import no.nyttiggjort.certification.config.PublicUrls;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} (on the W3C VC 2.0 data model) for a
 * certificate: the municipality as issuer, "Sertifisert innovasjonsagent" with its criteria, the
 * exam project and verdict as evidence, and a revocation entry in the municipality's status list.
 */
@ApplicationScoped
public class CredentialFactory {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String ACHIEVEMENT_NAME = "Sertifisert innovasjonsagent";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicUrls urls;
    private final Municipalities municipalities;

    public CredentialFactory(PublicUrls urls, Municipalities municipalities) {
        this.urls = urls;
        this.municipalities = municipalities;
    }

    public static String achievementId(String municipality) {
        return "urn:nyttiggjort:achievement:innovasjonsagent:" + municipality;
    }

    public static String credentialId(UUID certificateId) {
        return "urn:uuid:" + certificateId;
    }

    /** Facts about the exam and programme that go into the credential but are not kept on the certificate row. */
    public record Exam(String programmeName, int programmeHours, String holderEmail, UUID projectId,
            String projectTitle, String panelName, Instant decidedAt, int passVotes, int members) {
    }

    public Map<String, Object> issuerProfile(String municipality) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", urls.issuer(municipality));
        issuer.put("type", List.of("Profile"));
        issuer.put("name", municipalities.name(municipality));
        return issuer;
    }

    public Map<String, Object> credential(Certificate c, Exam exam) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", credentialId(c.getId()));
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("name", ACHIEVEMENT_NAME);
        Map<String, Object> issuer = issuerProfile(c.getMunicipality());
        vc.put("issuer", issuer);
        vc.put("validFrom", c.getValidFrom().toString());
        vc.put("validUntil", c.getValidUntil().toString());
        vc.put("awardedDate", c.getAwardedAt().toString());
        vc.put("credentialSubject", subject(c, exam, issuer));
        vc.put("evidence", List.of(evidence(exam)));
        vc.put("credentialStatus", status(c));
        // JWT registered claims that mirror the credential, for generic JWT tooling.
        vc.put("iss", issuer.get("id"));
        vc.put("jti", vc.get("id"));
        vc.put("iat", c.getIssuedAt().getEpochSecond());
        return vc;
    }

    private Map<String, Object> subject(Certificate c, Exam exam, Map<String, Object> issuer) {
        Map<String, Object> subject = new LinkedHashMap<>();
        if (isUuid(c.getHolderUserId())) {
            subject.put("id", "urn:uuid:" + c.getHolderUserId());
        }
        subject.put("type", List.of("AchievementSubject"));
        List<Map<String, Object>> identifiers = new ArrayList<>();
        // The name in clear, so a verifier can show whom the certificate is for.
        identifiers.add(identity("name", c.getHolderName(), false, null));
        if (exam.holderEmail() != null) {
            // The e-mail only as a salted hash: a holder can prove it is theirs, nobody can read it.
            String salt = HexFormat.of().formatHex(RANDOM.generateSeed(8));
            identifiers.add(identity("emailAddress", "sha256$" + sha256(exam.holderEmail().toLowerCase() + salt), true, salt));
        }
        subject.put("identifier", identifiers);
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", c.getAchievementId());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", ACHIEVEMENT_NAME);
        achievement.put("description", "Innovasjonsagent i " + issuer.get("name")
                + ": leder og støtter innovasjonsarbeid etter Behov – Løsning – Test og suksessformelen.");
        achievement.put("criteria", Map.of("narrative", "Fullført alle moduler i programmet «" + exam.programmeName()
                + "» (" + exam.programmeHours() + " timer) og bestått eksamen: presentasjon av et innovasjonsprosjekt "
                + "for et ekspertpanel, avgjort med flertall av panelets medlemmer etter at alle har stemt."));
        achievement.put("creator", issuer);
        subject.put("achievement", achievement);
        return subject;
    }

    private static Map<String, Object> evidence(Exam exam) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("id", "urn:uuid:" + exam.projectId());
        evidence.put("type", List.of("Evidence"));
        evidence.put("name", "Eksamensprosjekt: " + (exam.projectTitle() == null ? exam.projectId() : exam.projectTitle()));
        evidence.put("description", "Presentert for " + exam.panelName() + "; vurdering: BESTÅTT ("
                + exam.passVotes() + " av " + exam.members() + " medlemmer stemte bestått), " + exam.decidedAt() + ".");
        evidence.put("genre", "Eksamen");
        return evidence;
    }

    private Map<String, Object> status(Certificate c) {
        String list = urls.statusList(c.getMunicipality());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", list + "#" + c.getStatusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", String.valueOf(c.getStatusIndex()));
        status.put("statusListCredential", list);
        return status;
    }

    private static Map<String, Object> identity(String type, String hash, boolean hashed, String salt) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityType", type);
        identity.put("hashed", hashed);
        identity.put("identityHash", hash);
        if (salt != null) {
            identity.put("salt", salt);
        }
        return identity;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
