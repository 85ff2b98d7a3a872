package no.nyttiggjort.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the stack's Keycloak, through the password grant of the demo clients. */
final class Tokens {

    static final String DEMO_CLIENT = "nyttiggjort-demo";
    static final String SHORT_LIVED_CLIENT = "nyttiggjort-demo-shortlived";
    static final String FOREIGN_AUDIENCE_CLIENT = "external-tool";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A bearer header value for a demo user; cached, as realm tokens live five minutes. */
    static String bearer(String username) {
        return "Bearer " + CACHE.computeIfAbsent(username, u -> fetch(DEMO_CLIENT, u));
    }

    static String fetch(String client, String username) {
        String form = "grant_type=password&client_id=" + enc(client) + "&username=" + enc(username) + "&password=demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningStack.stack().tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " via " + client + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token of the short-lived client that still has most of its one second to live. Keycloak counts
     * iat and exp in whole seconds, so a token issued late in a second may expire a few milliseconds
     * later; this one is asked for just after a second begins.
     */
    static String freshShortLived(String username) {
        for (int attempt = 0; attempt < 5; attempt++) {
            sleepMillis(1_020 - System.currentTimeMillis() % 1_000);
            String token = fetch(SHORT_LIVED_CLIENT, username);
            if (claims(token).get("exp").asLong() * 1_000 - System.currentTimeMillis() >= 700) {
                return token;
            }
        }
        throw new IllegalStateException("Keycloak took too long to issue a short-lived token with time to use it");
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode claims(String token) {
        return part(token, 1);
    }

    /** The JOSE header: alg and kid. */
    static JsonNode header(String token) {
        return part(token, 0);
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same token with a different payload: the signature no longer matches. */
    static String withTamperedPayload(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) claims(token);
        payload.put(claim, value);
        try {
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload));
            return parts[0] + "." + encoded + "." + parts[2];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
