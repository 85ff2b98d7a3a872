package no.nyttiggjort.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens shaped like the nyttiggjort realm's (subject, name, municipality claim,
 * realm roles, audience), for a service's own tests. The key pair is test-only.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/nyttiggjort";
    public static final String AUDIENCE = "nyttiggjort-api";

    private TestTokens() {
    }

    /** A fluent token: {@code TestTokens.user("kari").municipality("3053").roles("employee").bearer()}. */
    public static Builder user(String username) {
        return new Builder(username);
    }

    public static String publicKeyBase64() {
        return read("/test-keys/public.pem")
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
    }

    private static PrivateKey key(String resource) {
        try {
            return KeyUtils.decodePrivateKey(read(resource));
        } catch (Exception e) {
            throw new IllegalStateException("Test key " + resource + " is unreadable", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private final String username;
        private String subject;
        private String municipality = "3053";
        private List<String> roles = List.of("employee");
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant expiresAt = Instant.now().plusSeconds(300);
        private boolean forged;

        private Builder(String username) {
            this.username = username;
            this.subject = UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
        }

        public Builder municipality(String municipality) {
            this.municipality = municipality;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = Arrays.asList(roles);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder expired() {
            this.expiresAt = Instant.now().minusSeconds(120);
            return this;
        }

        /** Signed with a key the service does not trust. */
        public Builder forged() {
            this.forged = true;
            return this;
        }

        public String subject() {
            return subject;
        }

        public String token() {
            JwtClaimsBuilder claims = Jwt.issuer(issuer)
                    .subject(subject)
                    .audience(audience)
                    .claim("preferred_username", username)
                    .claim("name", username)
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(expiresAt.minusSeconds(300))
                    .expiresAt(expiresAt);
            if (municipality != null) {
                claims.claim("municipality", municipality);
            }
            return claims.jws().keyId("test-key").sign(key(forged ? "/test-keys/forger-private.pem" : "/test-keys/private.pem"));
        }

        public String bearer() {
            return "Bearer " + token();
        }
    }
}
