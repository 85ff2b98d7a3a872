package no.nyttiggjort.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
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
    /** The key id of the key pair every test trusts. */
    public static final String KEY_ID = "test-key";
    /** The key id of a second trusted key pair, for tests where the issuer rotates its keys. */
    public static final String ROTATED_KEY_ID = "test-key-2";

    private TestTokens() {
    }

    /** A fluent token: {@code TestTokens.user("kari").municipality("3053").roles("employee").bearer()}. */
    public static Builder user(String username) {
        return new Builder(username);
    }

    public static String publicKeyBase64() {
        return publicKeyBase64("/test-keys/public.pem");
    }

    /** The public key of a key id as a JSON Web Key, the way an issuer publishes it in its JWKS. */
    public static Map<String, Object> publicJwk(String keyId) {
        String resource = switch (keyId) {
            case KEY_ID -> "/test-keys/public.pem";
            case ROTATED_KEY_ID -> "/test-keys/rotated-public.pem";
            default -> throw new IllegalArgumentException("No test key pair has the id " + keyId);
        };
        try {
            RSAPublicKey key = (RSAPublicKey) KeyUtils.decodePublicKey(publicKeyBase64(resource));
            Base64.Encoder base64Url = Base64.getUrlEncoder().withoutPadding();
            return Map.of("kid", keyId, "kty", "RSA", "use", "sig", "alg", "RS256",
                    "n", base64Url.encodeToString(unsigned(key.getModulus())),
                    "e", base64Url.encodeToString(unsigned(key.getPublicExponent())));
        } catch (Exception e) {
            throw new IllegalStateException("Test key " + resource + " is unreadable", e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String publicKeyBase64(String resource) {
        return read(resource)
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
        private boolean rotatedKey;

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

        /** Valid for this long from now (at the resolution of the exp claim, whole seconds). */
        public Builder expiresIn(Duration lifetime) {
            this.expiresAt = Instant.now().plus(lifetime);
            return this;
        }

        /** Signed with a key the service does not trust. */
        public Builder forged() {
            this.forged = true;
            return this;
        }

        /** Signed with the second key pair, {@link #ROTATED_KEY_ID}, which only a JWKS can make trusted. */
        public Builder rotatedKey() {
            this.rotatedKey = true;
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
            if (rotatedKey) {
                return claims.jws().keyId(ROTATED_KEY_ID).sign(key("/test-keys/rotated-private.pem"));
            }
            return claims.jws().keyId(KEY_ID).sign(key(forged ? "/test-keys/forger-private.pem" : "/test-keys/private.pem"));
        }

        public String bearer() {
            return "Bearer " + token();
        }
    }
}
