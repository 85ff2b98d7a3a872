package no.nyttiggjort.certification.signing.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.nyttiggjort.certification.config.CertificationConfig;
import no.nyttiggjort.certification.signing.domain.SigningKey;
import no.nyttiggjort.certification.signing.repository.SigningKeyRepository;
import org.jboss.logging.Logger;

/**
 * The service's signing keys (ES256, P-256), kept in its database so every instance and every
 * restart signs with the same key. The first signature creates a key; a key older than the
 * configured age is retired before the next signature; retired keys stay published.
 */
@ApplicationScoped
public class KeyRing {

    public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;
    private static final Logger LOG = Logger.getLogger(KeyRing.class);

    private final SigningKeyRepository keys;
    private final CertificationConfig config;
    private final Clock clock;
    private final Map<String, JWK> publicKeys = new ConcurrentHashMap<>();
    private volatile ActiveKey active;

    public KeyRing(SigningKeyRepository keys, CertificationConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    /** The key to sign with now. */
    @Transactional
    public ActiveKey signingKey() {
        ActiveKey current = active;
        if (current != null && !tooOld(current.createdAt())) {
            return current;
        }
        keys.lockKeyCreation();
        SigningKey stored = keys.active().orElse(null);
        if (stored != null && tooOld(stored.getCreatedAt())) {
            LOG.infof("Signing key %s is older than %s; rotating", stored.getKid(), config.signing().maxKeyAge());
            stored.retire(clock.instant());
            keys.flush();
            stored = null;
        }
        if (stored == null) {
            stored = create();
        }
        active = new ActiveKey(stored.getKid(), parseEc(stored.getPrivateJwk()), stored.getCreatedAt());
        return active;
    }

    /** Retires the active key and creates a new one; credentials signed before keep verifying. */
    @Transactional
    public ActiveKey rotate() {
        keys.lockKeyCreation();
        keys.active().ifPresent(k -> k.retire(clock.instant()));
        keys.flush();
        SigningKey stored = create();
        active = new ActiveKey(stored.getKid(), parseEc(stored.getPrivateJwk()), stored.getCreatedAt());
        return active;
    }

    /** The public key with this id, active or retired; looked up again when another instance rotated. */
    @Transactional
    public Optional<JWK> publicKey(String kid) {
        JWK cached = publicKeys.get(kid);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<JWK> found = keys.findByIdOptional(kid).map(k -> parse(k.getPublicJwk()));
        found.ifPresent(jwk -> publicKeys.put(kid, jwk));
        return found;
    }

    /** Every public key, newest first: what /.well-known/jwks.json publishes. */
    @Transactional
    public JWKSet publicKeys() {
        if (keys.count() == 0) {
            signingKey();
        }
        return new JWKSet(keys.allNewestFirst().stream().map(k -> parse(k.getPublicJwk())).toList());
    }

    private SigningKey create() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM)
                    .keyID(UUID.randomUUID().toString()).issueTime(java.util.Date.from(clock.instant())).generate();
            SigningKey stored = new SigningKey(key.getKeyID(), ALGORITHM.getName(), key.toPublicJWK().toJSONString(),
                    key.toJSONString(), clock.instant());
            keys.persist(stored);
            keys.flush();
            LOG.infof("Created signing key %s", key.getKeyID());
            return stored;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private boolean tooOld(Instant createdAt) {
        return createdAt.plus(config.signing().maxKeyAge()).isBefore(clock.instant());
    }

    private static ECKey parseEc(String json) {
        return (ECKey) parse(json);
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is unreadable", e);
        }
    }

    public record ActiveKey(String kid, ECKey key, Instant createdAt) {
    }
}
