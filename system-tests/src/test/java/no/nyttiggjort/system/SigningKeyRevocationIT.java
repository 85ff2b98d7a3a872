package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nyttiggjort.launcher.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The verified-token cache (gateway and services) against the real Keycloak: a token is checked in
 * full once and then reused, but never past its expiry, never for a forged or foreign token, and
 * never once its signing key has been withdrawn from the realm.
 */
@ExtendWith(RunningStack.class)
class SigningKeyRevocationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HITS = Pattern.compile("nyttiggjort_token_cache_total\\{[^}]*result=\"hit\"[^}]*} ([0-9.E]+)");

    @Test
    void aReusedTokenIsServedFromTheCacheInTheGatewayAndTheService() {
        String token = "Bearer " + Tokens.fetch(Tokens.DEMO_CLIENT, "kari.nordmann");
        String project = project();
        double gatewayHits = hits(gateway());
        double serviceHits = hits(project);

        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).get(gateway() + "/api/v1/projects?size=1").then().statusCode(200);
        }
        given().header("Authorization", token).get(project + "/api/v1/projects?size=1").then().statusCode(200);
        given().header("Authorization", token).get(project + "/api/v1/projects?size=1").then().statusCode(200);

        assertThat("the gateway reused its check", hits(gateway()), greaterThan(gatewayHits + 1));
        assertThat("project-service reused its check", hits(project), greaterThan(serviceHits));
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpiresAndForgedOrForeignOnesNeverPass() throws InterruptedException {
        String shortLived = Tokens.freshShortLived("kari.nordmann");
        long exp = Tokens.claims(shortLived).get("exp").asLong();
        given().header("Authorization", "Bearer " + shortLived).get(gateway() + "/api/v1/projects?size=1")
                .then().statusCode(200);

        String valid = Tokens.fetch(Tokens.DEMO_CLIENT, "kari.nordmann");
        given().header("Authorization", "Bearer " + valid).get(gateway() + "/api/v1/projects?size=1").then().statusCode(200);
        String forged = Tokens.withTamperedPayload(valid, "municipality", "3025");
        String foreign = Tokens.fetch(Tokens.FOREIGN_AUDIENCE_CLIENT, "kari.nordmann");
        for (String refused : List.of(forged, foreign)) {
            for (String base : List.of(gateway(), project())) {
                given().header("Authorization", "Bearer " + refused).get(base + "/api/v1/projects?size=1")
                        .then().statusCode(401).contentType("application/problem+json");
            }
        }

        Thread.sleep(Math.max(0, exp * 1000 - System.currentTimeMillis()) + 1_100);
        for (String base : List.of(gateway(), project())) {
            given().header("Authorization", "Bearer " + shortLived).get(base + "/api/v1/projects?size=1")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    /**
     * Keycloak signs with a new key K2; a K2 token is checked and cached. K2 is then withdrawn, and once
     * the gateway and the service have re-read the realm's key set (prompted, as in production, by a
     * token with a key id they do not know: K3's), the cached K2 token is refused by both. The realm's
     * original key is never touched, so the other system tests' tokens stay valid throughout.
     */
    @Test
    void aCachedTokenIsRefusedOnceItsSigningKeyIsWithdrawn() throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin();
        List<String> created = new ArrayList<>();
        try {
            String k2 = admin.addSigningKey("system-test-k2");
            created.add(k2);
            String signedWithK2 = Tokens.fetch(Tokens.DEMO_CLIENT, "kari.nordmann");
            assertThat(Tokens.header(signedWithK2).get("kid").asText(), equalTo(admin.activeKid(k2)));
            for (String base : List.of(gateway(), project(), gateway(), project())) {
                given().header("Authorization", "Bearer " + signedWithK2).get(base + "/api/v1/projects?size=1")
                        .then().statusCode(200);
            }

            admin.remove(k2);
            created.remove(k2);
            Thread.sleep(2_500); // the stack's forced key-set refresh interval is 2 s
            String k3 = admin.addSigningKey("system-test-k3");
            created.add(k3);
            String signedWithK3 = Tokens.fetch(Tokens.DEMO_CLIENT, "kari.nordmann");
            assertThat(Tokens.header(signedWithK3).get("kid").asText(), not(equalTo(Tokens.header(signedWithK2).get("kid").asText())));
            for (String base : List.of(gateway(), project())) {
                given().header("Authorization", "Bearer " + signedWithK3).get(base + "/api/v1/projects?size=1")
                        .then().statusCode(200);
            }

            for (String base : List.of(gateway(), project())) {
                given().header("Authorization", "Bearer " + signedWithK2).get(base + "/api/v1/projects?size=1")
                        .then().statusCode(401).contentType("application/problem+json");
            }
        } finally {
            for (String id : created) {
                admin.remove(id);
            }
        }
    }

    private static String project() {
        return RunningStack.stack().url(Stack.PROJECT_SERVICE);
    }

    private static double hits(String base) {
        Matcher matcher = HITS.matcher(given().get(base + "/q/metrics").then().statusCode(200).extract().asString());
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }

    /** The realm's key providers, through Keycloak's admin API with the launcher's bootstrap admin. */
    private static final class KeycloakAdmin {

        private final String keycloak = RunningStack.stack().url(Stack.KEYCLOAK);
        private final String token;
        private final String realmId;

        KeycloakAdmin() {
            token = "Bearer " + given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                            "username", "admin", "password", "admin"))
                    .post(keycloak + "/realms/master/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            realmId = given().header("Authorization", token).get(keycloak + "/admin/realms/nyttiggjort")
                    .then().statusCode(200).extract().path("id");
        }

        /** A generated RSA key with a higher priority than the realm's own: Keycloak signs with it from now on. */
        String addSigningKey(String name) {
            Map<String, Object> component = Map.of("name", name, "providerId", "rsa-generated",
                    "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                    "config", Map.of("priority", List.of("100000"), "enabled", List.of("true"),
                            "active", List.of("true"), "keySize", List.of("2048"), "algorithm", List.of("RS256")));
            Response response = given().header("Authorization", token).contentType("application/json").body(component)
                    .post(keycloak + "/admin/realms/nyttiggjort/components");
            response.then().statusCode(201);
            String location = response.header("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        /** The key id Keycloak publishes for a provider. */
        String activeKid(String providerId) throws IOException {
            JsonNode keys = JSON.readTree(given().header("Authorization", token)
                    .get(keycloak + "/admin/realms/nyttiggjort/keys").then().statusCode(200).extract().asString());
            for (JsonNode key : keys.path("keys")) {
                if (providerId.equals(key.path("providerId").asText()) && "RS256".equals(key.path("algorithm").asText())) {
                    return key.path("kid").asText();
                }
            }
            throw new IllegalStateException("Keycloak lists no RS256 key for provider " + providerId);
        }

        void remove(String providerId) {
            given().header("Authorization", token).delete(keycloak + "/admin/realms/nyttiggjort/components/" + providerId)
                    .then().statusCode(204);
        }
    }
}
