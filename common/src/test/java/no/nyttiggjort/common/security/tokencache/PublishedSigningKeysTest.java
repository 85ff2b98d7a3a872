package no.nyttiggjort.common.security.tokencache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.oidc.common.OidcRequestContextProperties;
import io.quarkus.oidc.common.OidcResponseFilter.OidcResponseContext;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.buffer.Buffer;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Which keys the JWKS responses quarkus-oidc receives make trusted. */
class PublishedSigningKeysTest {

    private static final String KEYS = """
            {"keys":[
              {"kid":"sig-rsa","kty":"RSA","use":"sig","n":"n1","e":"AQAB"},
              {"kid":"no-use","kty":"EC","crv":"P-256","x":"x","y":"y"},
              {"kid":"enc-rsa","kty":"RSA","use":"enc","n":"n2","e":"AQAB"},
              {"kid":"secret","kty":"oct","k":"c2VjcmV0"}
            ]}""";

    private final AtomicLong clock = new AtomicLong(42L);
    private final PublishedSigningKeys keys = new PublishedSigningKeys(clock::get);

    @Test
    void nothingIsTrustedBeforeAKeySetArrives() {
        assertNull(keys.current().fingerprint("sig-rsa"));
    }

    @Test
    void signingKeysAreTrustedAndOthersAreNot() {
        keys.filter(response(200, KEYS));

        assertNotNull(keys.current().fingerprint("sig-rsa"));
        assertNotNull(keys.current().fingerprint("no-use"));
        assertNull(keys.current().fingerprint("enc-rsa"), "quarkus-oidc never verifies with an encryption key");
        assertNull(keys.current().fingerprint("secret"), "quarkus-oidc never verifies an issuer's token with a shared secret");
        assertNull(keys.current().fingerprint(null));
        assertEquals(42L, keys.current().receivedAtMillis());
    }

    @Test
    void aFailedFetchKeepsTheKeysQuarkusOidcKeeps() {
        keys.filter(response(200, KEYS));
        keys.filter(response(503, "{\"keys\":[]}"));

        assertNotNull(keys.current().fingerprint("sig-rsa"));
    }

    @Test
    void onlyAChangedKeySetCountsAsNewlyArrived() {
        keys.filter(response(200, KEYS));
        clock.set(1_000L);
        keys.filter(response(200, KEYS.replace("\n", " ")));
        assertEquals(42L, keys.current().receivedAtMillis(), "the same keys again are not a new key set");

        keys.filter(response(200, KEYS.replace("n1", "n3")));
        assertEquals(1_000L, keys.current().receivedAtMillis());
    }

    @Test
    void anUnreadableKeySetTrustsNothing() {
        keys.filter(response(200, KEYS));
        keys.filter(response(200, "<html>maintenance</html>"));

        assertNull(keys.current().fingerprint("sig-rsa"));
    }

    @Test
    void theFingerprintChangesWithTheKeyMaterialAndWithASecondKeyUnderTheSameId() {
        String one = PublishedSigningKeys.parse("{\"keys\":[{\"kid\":\"k\",\"kty\":\"RSA\",\"n\":\"n1\",\"e\":\"AQAB\"}]}", 0)
                .fingerprint("k");
        String same = PublishedSigningKeys.parse("{\"keys\":[{\"kid\":\"k\",\"kty\":\"RSA\",\"n\":\"n1\",\"e\":\"AQAB\"}]}", 0)
                .fingerprint("k");
        String other = PublishedSigningKeys.parse("{\"keys\":[{\"kid\":\"k\",\"kty\":\"RSA\",\"n\":\"n2\",\"e\":\"AQAB\"}]}", 0)
                .fingerprint("k");
        String two = PublishedSigningKeys.parse("""
                {"keys":[{"kid":"k","kty":"RSA","n":"n1","e":"AQAB"},{"kid":"k","kty":"RSA","n":"n2","e":"AQAB"}]}""", 0)
                .fingerprint("k");

        assertEquals(one, same);
        assertNotEquals(one, other);
        assertNotEquals(one, two);
    }

    private static OidcResponseContext response(int status, String body) {
        return new OidcResponseContext(new OidcRequestContextProperties(), status, MultiMap.caseInsensitiveMultiMap(),
                Buffer.buffer(body));
    }
}
