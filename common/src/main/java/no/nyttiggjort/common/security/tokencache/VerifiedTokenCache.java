package no.nyttiggjort.common.security.tokencache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Identities of bearer tokens quarkus-oidc has verified, reused only while quarkus-oidc would still
 * accept the same token: before its expiry (with no more grace than quarkus-oidc allows), within
 * {@code max-age} of the verification, and while the token's key id still names the key it was
 * verified with. Everything else about a token (signature, issuer, audience, required claims) is
 * fixed by its bytes, and the cache is keyed by a SHA-256 of those bytes, so a token that differs
 * in any byte is verified afresh. Only successful verifications are remembered.
 */
public final class VerifiedTokenCache {

    /**
     * quarkus-oidc swaps in a new key set right after its response filters saw it, in the same
     * chain of callbacks. A verification that overlaps that moment may have used either set, so it
     * is not remembered; a second is far more than the microseconds the swap takes.
     */
    static final long KEY_SET_SETTLE_MILLIS = 1_000;

    private final Cache<String, Entry> entries;
    private final long maxAgeMillis;
    private final long graceSeconds;
    private final Optional<Duration> maxTokenAge;
    private final Supplier<TrustedKeys> trustedKeys;
    private final LongSupplier clock;

    /**
     * @param graceSeconds quarkus-oidc's {@code token.lifespan-grace} (0 when unset, its default)
     * @param maxTokenAge quarkus-oidc's {@code token.age}: how long after {@code iat} a token is accepted
     * @param trustedKeys the keys quarkus-oidc verifies with now
     */
    public VerifiedTokenCache(long maxSize, Duration maxAge, int graceSeconds, Optional<Duration> maxTokenAge,
            Supplier<TrustedKeys> trustedKeys, LongSupplier clock) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("nyttiggjort.security.token-cache.max-size must be at least 1, was " + maxSize);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("nyttiggjort.security.token-cache.max-age must be positive, was " + maxAge);
        }
        // Evictions run on the calling thread: a little work per request instead of a pool thread
        // competing for two cores, and the size bound holds as soon as a write returns.
        this.entries = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(maxAge).executor(Runnable::run).build();
        this.maxAgeMillis = maxAge.toMillis();
        this.graceSeconds = graceSeconds;
        this.maxTokenAge = maxTokenAge;
        this.trustedKeys = trustedKeys;
        this.clock = clock;
    }

    /** The identity remembered for this token, if it may still be used; null otherwise. */
    public SecurityIdentity find(String token) {
        String key = key(token);
        Entry entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        long now = clock.getAsLong();
        boolean usable = now < entry.validUntilMillis()
                && now < entry.verifiedAtMillis() + maxAgeMillis
                && Objects.equals(trustedKeys.get().fingerprint(entry.kid()), entry.keyFingerprint());
        if (!usable) {
            entries.invalidate(key);
            return null;
        }
        return entry.identity();
    }

    /**
     * Remembers what quarkus-oidc made of a token it has just accepted.
     *
     * @param keysBeforeVerification the trusted keys read before quarkus-oidc started verifying, so
     *        that a key set which changed during the verification cannot vouch for it
     */
    public void remember(String token, SecurityIdentity identity, TrustedKeys keysBeforeVerification) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || !token.equals(jwt.getRawToken())) {
            return;
        }
        long now = clock.getAsLong();
        String kid = keyId(token);
        String fingerprint = keysBeforeVerification.fingerprint(kid);
        if (fingerprint == null || now - keysBeforeVerification.receivedAtMillis() < KEY_SET_SETTLE_MILLIS) {
            return;
        }
        long validUntil = (jwt.getExpirationTime() + graceSeconds) * 1000;
        if (maxTokenAge.isPresent()) {
            validUntil = Math.min(validUntil, (jwt.getIssuedAtTime() + maxTokenAge.get().toSeconds() + graceSeconds) * 1000);
        }
        if (now < validUntil) {
            entries.put(key(token), new Entry(identity, validUntil, now, kid, fingerprint));
        }
    }

    public long size() {
        return entries.estimatedSize();
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The {@code kid} of the token's JOSE header; null when it has none or the header is unreadable. */
    static String keyId(String token) {
        int end = token.indexOf('.');
        if (end <= 0) {
            return null;
        }
        try {
            byte[] header = Base64.getUrlDecoder().decode(token.substring(0, end));
            return new JsonObject(new String(header, StandardCharsets.UTF_8)).getString("kid");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Entry(SecurityIdentity identity, long validUntilMillis, long verifiedAtMillis, String kid,
            String keyFingerprint) {
    }
}
