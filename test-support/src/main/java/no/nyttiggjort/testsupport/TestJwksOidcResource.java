package no.nyttiggjort.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Like {@link TestOidcResource}, but the service finds its keys the way it does in production: by
 * OIDC discovery and the issuer's JWKS, served here on a loopback port. Tests change the published
 * keys at runtime with {@link TestIssuer}, as an administrator rotating the realm's keys would.
 * quarkus-oidc re-reads the JWKS whenever a token names a key id it does not know, at most once per
 * {@code forced-jwk-refresh-interval}, which is zero here so each test sees its own rotation.
 */
public class TestJwksOidcResource implements QuarkusTestResourceLifecycleManager {

    static final String REALM_PATH = "/realms/nyttiggjort";
    static final String KEYS_CONTROL_PATH = "/test/published-keys";

    private final List<String> publishedKeyIds = new CopyOnWriteArrayList<>(List.of(TestTokens.KEY_ID));
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String realm = base + REALM_PATH;
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                "{\"issuer\":\"" + TestTokens.ISSUER + "\",\"jwks_uri\":\"" + realm + "/protocol/openid-connect/certs\"}"));
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> answer(exchange, 200, jwks()));
        server.createContext(KEYS_CONTROL_PATH, this::controlPublishedKeys);
        server.start();
        return Map.of(
                "quarkus.oidc.auth-server-url", realm,
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "quarkus.oidc.token.audience", TestTokens.AUDIENCE,
                "quarkus.oidc.token.forced-jwk-refresh-interval", "0S");
    }

    private String jwks() {
        return publishedKeyIds.stream()
                .map(TestTokens::publicJwk)
                .map(TestJwksOidcResource::toJson)
                .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    /** PUT a comma-separated list of key ids to publish exactly those; GET shows the list. */
    private void controlPublishedKeys(HttpExchange exchange) throws IOException {
        if ("PUT".equals(exchange.getRequestMethod())) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            List<String> keyIds = Arrays.stream(body.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
            try {
                keyIds.forEach(TestTokens::publicJwk);
            } catch (IllegalArgumentException e) {
                answer(exchange, 400, e.getMessage());
                return;
            }
            publishedKeyIds.clear();
            publishedKeyIds.addAll(keyIds);
        }
        answer(exchange, 200, String.join(",", publishedKeyIds));
    }

    private static String toJson(Map<String, Object> jwk) {
        // Every value of a test JWK is a plain ASCII string without quotes or backslashes.
        return jwk.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
