package no.nyttiggjort.common.security.tokencache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The rules that decide whether a remembered verification may stand in for a new one. */
class VerifiedTokenCacheTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final String ONE_KEY = """
            {"keys":[{"kid":"k1","kty":"RSA","use":"sig","n":"AQAB-one","e":"AQAB"}]}""";

    private final AtomicLong clock = new AtomicLong(NOW);
    private final AtomicReference<TrustedKeys> keys = new AtomicReference<>(PublishedSigningKeys.parse(ONE_KEY, 0));

    private VerifiedTokenCache cache(Duration maxAge, int grace, Optional<Duration> tokenAge) {
        return new VerifiedTokenCache(100, maxAge, grace, tokenAge, keys::get, clock::get);
    }

    private VerifiedTokenCache cache() {
        return cache(Duration.ofSeconds(60), 0, Optional.empty());
    }

    @Test
    void aRememberedTokenIsFoundUntilItsExpiry() {
        long exp = NOW / 1000 + 30;
        String token = token("k1", exp, "signature");
        SecurityIdentity identity = identity(token, exp);
        VerifiedTokenCache cache = cache(Duration.ofMinutes(10), 0, Optional.empty());
        cache.remember(token, identity, keys.get());

        assertSame(identity, cache.find(token));
        clock.set(exp * 1000 - 1);
        assertNotNull(cache.find(token), "one millisecond before exp the token is still valid for quarkus-oidc");
        clock.set(exp * 1000);
        assertNull(cache.find(token), "from the second of exp on, jose4j refuses the token");
    }

    @Test
    void lifespanGraceExtendsValidityExactlyAsFarAsQuarkusOidcDoes() {
        long exp = NOW / 1000 + 30;
        String token = token("k1", exp, "signature");
        VerifiedTokenCache cache = cache(Duration.ofMinutes(10), 5, Optional.empty());
        cache.remember(token, identity(token, exp), keys.get());

        clock.set((exp + 5) * 1000 - 1);
        assertNotNull(cache.find(token));
        clock.set((exp + 5) * 1000);
        assertNull(cache.find(token));
    }

    @Test
    void aVerificationIsReusedForAtMostMaxAge() {
        long exp = NOW / 1000 + 3600;
        String token = token("k1", exp, "signature");
        VerifiedTokenCache cache = cache(Duration.ofSeconds(60), 0, Optional.empty());
        cache.remember(token, identity(token, exp), keys.get());

        clock.set(NOW + 59_999);
        assertNotNull(cache.find(token));
        clock.set(NOW + 60_000);
        assertNull(cache.find(token), "after max-age quarkus-oidc must verify the token again");
    }

    @Test
    void aConfiguredTokenAgeEndsReuseEvenBeforeExpiry() {
        long exp = NOW / 1000 + 3600;
        long iat = NOW / 1000 - 100;
        String token = token("k1", exp, "signature");
        VerifiedTokenCache cache = cache(Duration.ofMinutes(10), 0, Optional.of(Duration.ofSeconds(120)));
        cache.remember(token, identity(token, exp, iat), keys.get());

        clock.set((iat + 120) * 1000 - 1);
        assertNotNull(cache.find(token));
        clock.set((iat + 120) * 1000);
        assertNull(cache.find(token));
    }

    @Test
    void aTokenWhoseKeyTheIssuerNoLongerPublishesIsNotReused() {
        long exp = NOW / 1000 + 300;
        String token = token("k1", exp, "signature");
        VerifiedTokenCache cache = cache();
        cache.remember(token, identity(token, exp), keys.get());

        keys.set(PublishedSigningKeys.parse("""
                {"keys":[{"kid":"k1","kty":"RSA","use":"sig","n":"AQAB-one","e":"AQAB"},
                         {"kid":"k2","kty":"RSA","use":"sig","n":"AQAB-two","e":"AQAB"}]}""", NOW));
        assertNotNull(cache.find(token), "another key published beside it changes nothing for this token");

        keys.set(PublishedSigningKeys.parse("""
                {"keys":[{"kid":"k2","kty":"RSA","use":"sig","n":"AQAB-two","e":"AQAB"}]}""", NOW));
        assertNull(cache.find(token), "its key was withdrawn");

        keys.set(PublishedSigningKeys.parse(ONE_KEY, NOW));
        assertNull(cache.find(token), "a refused entry is gone; the token must be verified again");
    }

    @Test
    void aKeyIdThatNowNamesOtherKeyMaterialDoesNotVouchForOldTokens() {
        long exp = NOW / 1000 + 300;
        String token = token("k1", exp, "signature");
        VerifiedTokenCache cache = cache();
        cache.remember(token, identity(token, exp), keys.get());

        keys.set(PublishedSigningKeys.parse("""
                {"keys":[{"kid":"k1","kty":"RSA","use":"sig","n":"AQAB-replaced","e":"AQAB"}]}""", NOW));
        assertNull(cache.find(token));
    }

    @Test
    void onlyTokensWhoseKeyWasTrustedBeforeTheVerificationAreRemembered() {
        long exp = NOW / 1000 + 300;
        VerifiedTokenCache cache = cache();

        String unknownKid = token("k9", exp, "signature");
        cache.remember(unknownKid, identity(unknownKid, exp), keys.get());
        assertNull(cache.find(unknownKid));

        String noKid = token(null, exp, "signature");
        cache.remember(noKid, identity(noKid, exp), keys.get());
        assertNull(cache.find(noKid));

        String verifiedWhileKeysChanged = token("k1", exp, "signature");
        cache.remember(verifiedWhileKeysChanged, identity(verifiedWhileKeysChanged, exp),
                PublishedSigningKeys.parse(ONE_KEY, NOW - 500));
        assertNull(cache.find(verifiedWhileKeysChanged), "a key set that arrived during the verification may not have been used yet");
    }

    @Test
    void aTokenThatDiffersInAnyByteIsNotFound() {
        long exp = NOW / 1000 + 300;
        String token = token("k1", exp, "signature");
        VerifiedTokenCache cache = cache();
        cache.remember(token, identity(token, exp), keys.get());

        assertNull(cache.find(token("k1", exp, "forged-signature")));
        assertNull(cache.find(token + "x"));
    }

    @Test
    void anIdentityForAnotherTokenOrAnExpiredTokenIsNotRemembered() {
        long exp = NOW / 1000 + 300;
        String token = token("k1", exp, "signature");
        VerifiedTokenCache cache = cache();

        cache.remember(token, identity(token("k1", exp, "other"), exp), keys.get());
        assertNull(cache.find(token));

        String expired = token("k1", NOW / 1000, "signature");
        cache.remember(expired, identity(expired, NOW / 1000), keys.get());
        assertNull(cache.find(expired));
    }

    @Test
    void theNumberOfRememberedTokensIsBounded() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, Duration.ofSeconds(60), 0, Optional.empty(), keys::get, clock::get);
        long exp = NOW / 1000 + 300;
        for (int i = 0; i < 1_000; i++) {
            String token = token("k1", exp, "signature-" + i);
            cache.remember(token, identity(token, exp), keys.get());
        }
        assertTrue(cache.size() <= 10, "size was " + cache.size());
    }

    @Test
    void nonsensicalLimitsAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new VerifiedTokenCache(0, Duration.ofSeconds(60), 0, Optional.empty(), keys::get, clock::get));
        assertThrows(IllegalArgumentException.class,
                () -> new VerifiedTokenCache(10, Duration.ZERO, 0, Optional.empty(), keys::get, clock::get));
    }

    @Test
    void theKeyIdIsReadFromTheJoseHeader() {
        assertEquals("k1", VerifiedTokenCache.keyId(token("k1", 1, "s")));
        assertNull(VerifiedTokenCache.keyId(token(null, 1, "s")));
        assertNull(VerifiedTokenCache.keyId("not a token"));
        assertNull(VerifiedTokenCache.keyId("%%%.e30.sig"));
    }

    static String token(String kid, long exp, String signature) {
        String header = kid == null ? "{\"alg\":\"RS256\"}" : "{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}";
        String claims = "{\"sub\":\"kari\",\"exp\":" + exp + "}";
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }

    private static SecurityIdentity identity(String rawToken, long exp) {
        return identity(rawToken, exp, exp - 300);
    }

    private static SecurityIdentity identity(String rawToken, long exp, long iat) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("raw_token", rawToken);
        claims.put("sub", "kari");
        claims.put("exp", exp);
        claims.put("iat", iat);
        return QuarkusSecurityIdentity.builder().setPrincipal(new ClaimsToken(claims)).addRole("employee").build();
    }

    private record ClaimsToken(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
