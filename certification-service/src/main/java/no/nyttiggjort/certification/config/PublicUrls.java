package no.nyttiggjort.certification.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The public addresses the service writes into credentials and PDFs. They are built from
 * configuration, never from the request, so a forged Host header cannot change what we sign.
 */
@ApplicationScoped
public class PublicUrls {

    public static final String PUBLIC_PREFIX = "/api/v1/certification/public";

    private final String base;

    public PublicUrls(CertificationConfig config) {
        String configured = config.publicBaseUrl().strip();
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String issuer(String municipality) {
        return base + PUBLIC_PREFIX + "/issuers/" + municipality;
    }

    public String credential(UUID certificateId) {
        return base + PUBLIC_PREFIX + "/certificates/" + certificateId;
    }

    public String verification(UUID certificateId) {
        return credential(certificateId) + "/verification";
    }

    public String statusList(String municipality) {
        return base + PUBLIC_PREFIX + "/status-lists/" + municipality;
    }

    public String jwks() {
        return base + PUBLIC_PREFIX + "/jwks.json";
    }
}
