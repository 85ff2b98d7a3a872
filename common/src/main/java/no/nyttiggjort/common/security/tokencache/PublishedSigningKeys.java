package no.nyttiggjort.common.security.tokencache;

import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcResponseFilter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The key set quarkus-oidc last received from the issuer's JWKS endpoint. quarkus-oidc passes every
 * JWKS response through its response filters before it parses the body and starts verifying with
 * it, so this view changes no later than the keys quarkus-oidc verifies with. A cached token is only
 * reused while its key id still names the key material it had when the token was verified.
 */
@ApplicationScoped
@OidcEndpoint(OidcEndpoint.Type.JWKS)
public class PublishedSigningKeys implements OidcResponseFilter {

    private static final Logger LOG = Logger.getLogger(PublishedSigningKeys.class);
    // The keys quarkus-oidc's JsonWebKeySet accepts for signatures; others are never used to verify.
    private static final Set<String> SIGNING_KEY_TYPES = Set.of("RSA", "EC", "OKP");

    private final LongSupplier clock;
    private volatile TrustedKeys current = TrustedKeys.NONE;

    public PublishedSigningKeys() {
        this(System::currentTimeMillis);
    }

    PublishedSigningKeys(LongSupplier clock) {
        this.clock = clock;
    }

    public TrustedKeys current() {
        return current;
    }

    @Override
    public void filter(OidcResponseContext response) {
        // quarkus-oidc keeps its previous keys when a fetch fails; so does this view.
        if (response.statusCode() != 200 || response.responseBody() == null) {
            return;
        }
        KeySet received = parse(response.responseBody().toString(), clock.getAsLong());
        // The same keys again (quarkus-oidc re-reads them whenever a token names an unknown kid) change
        // nothing quarkus-oidc verifies with, so they do not restart the settling time of the key set.
        if (!(current instanceof KeySet known && known.byKeyId().equals(received.byKeyId()))) {
            current = received;
        }
    }

    /**
     * Each key id's fingerprint is the JSON of every signing key published under it, so any change
     * to what the id names (new material, a second key with the same id) changes the fingerprint.
     * A body that is not a key set trusts nothing: quarkus-oidc cannot verify with it either.
     */
    static KeySet parse(String body, long receivedAtMillis) {
        Map<String, String> byKeyId = new HashMap<>();
        try {
            JsonArray keys = new JsonObject(body).getJsonArray("keys");
            for (int i = 0; keys != null && i < keys.size(); i++) {
                JsonObject key = keys.getJsonObject(i);
                String kid = key.getString("kid");
                if (kid != null && isSigningKey(key)) {
                    byKeyId.merge(kid, key.encode(), (earlier, later) -> earlier + "\n" + later);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("The issuer's key set is not readable, so no cached token is reused until it is: %s", e.toString());
            byKeyId.clear();
        }
        return new KeySet(Map.copyOf(byKeyId), receivedAtMillis);
    }

    record KeySet(Map<String, String> byKeyId, long receivedAtMillis) implements TrustedKeys {
        @Override
        public String fingerprint(String kid) {
            return kid == null ? null : byKeyId.get(kid);
        }
    }

    private static boolean isSigningKey(JsonObject key) {
        String type = key.getString("kty");
        String use = key.getString("use");
        return (type == null || SIGNING_KEY_TYPES.contains(type)) && (use == null || "sig".equals(use));
    }
}
