package no.nyttiggjort.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jevnaker's seven programme projects, created through the public API as a municipality admin
 * would, so that a fresh stack has something to look at. Idempotent: a title that exists is left
 * alone.
 */
public final class DemoData {

    private static final String RESOURCE = "demo-data.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Project(String title, String description, String sector, String champion) {
    }

    public record Result(int created, int alreadyPresent) {
    }

    private final JsonNode root;

    private DemoData(JsonNode root) {
        this.root = root;
    }

    public static DemoData fromResource() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's classpath");
            }
            return new DemoData(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public String client() {
        return root.path("client").asText();
    }

    public String username() {
        return root.path("username").asText();
    }

    public String password() {
        return root.path("password").asText();
    }

    public String municipality() {
        return root.path("municipality").asText();
    }

    /** Municipality number to name, for the login list. */
    public Map<String, String> municipalityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        root.path("municipalities").properties().forEach(e -> names.put(e.getKey(), e.getValue().asText()));
        return names;
    }

    public List<Project> projects() {
        List<Project> projects = new ArrayList<>();
        for (JsonNode p : root.path("projects")) {
            projects.add(new Project(p.path("title").asText(), p.path("description").asText(),
                    p.path("sector").asText(), p.path("champion").asText()));
        }
        return projects;
    }

    /** Creates the projects that are not there yet, as the demo municipality admin. */
    public Result load(URI tokenUrl, String gatewayUrl) {
        String token = passwordGrant(tokenUrl, client(), username(), password());
        int created = 0;
        int present = 0;
        for (Project project : projects()) {
            if (exists(gatewayUrl, token, project.title())) {
                present++;
            } else {
                create(gatewayUrl, token, project);
                created++;
            }
        }
        return new Result(created, present);
    }

    /** An access token with the password grant; the demo client is public, so no secret. */
    public static String passwordGrant(URI tokenUrl, String client, String username, String password) {
        String form = "grant_type=password&client_id=" + encode(client) + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> response = send(HttpRequest.newBuilder(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new StackException("No token for " + username + " from " + tokenUrl + ": HTTP "
                    + response.statusCode() + " " + abbreviate(response.body()));
        }
        try {
            JsonNode token = JSON.readTree(response.body()).path("access_token");
            if (!token.isTextual()) {
                throw new StackException("The token response from " + tokenUrl + " has no access_token: "
                        + abbreviate(response.body()));
            }
            return token.asText();
        } catch (IOException e) {
            throw new StackException("The token response from " + tokenUrl + " is not JSON: " + abbreviate(response.body()), e);
        }
    }

    private static boolean exists(String gatewayUrl, String token, String title) {
        URI uri = URI.create(gatewayUrl + "/api/v1/projects?q=" + encode(title) + "&size=200");
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET());
        if (response.statusCode() != 200) {
            throw new StackException("Demo data: GET " + uri + " answered HTTP " + response.statusCode() + " "
                    + abbreviate(response.body()));
        }
        try {
            // The search may match more loosely than we need; only an identical title counts as present.
            for (JsonNode item : JSON.readTree(response.body()).path("items")) {
                if (title.equals(item.path("title").asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new StackException("Demo data: GET " + uri + " did not answer JSON: " + abbreviate(response.body()), e);
        }
    }

    private static void create(String gatewayUrl, String token, Project project) {
        URI uri = URI.create(gatewayUrl + "/api/v1/projects");
        String body;
        try {
            body = JSON.writeValueAsString(project);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (response.statusCode() != 201) {
            throw new StackException("Demo data: POST " + uri + " (\"" + project.title() + "\") answered HTTP "
                    + response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    /**
     * Sends a demo request as a well-behaved client: the gateway rate-limits each caller, and the
     * loaders send hundreds of requests in a row with one token, so a 429 waits for its Retry-After
     * and tries again (a bounded number of times) instead of failing the start.
     */
    static HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> response = Readiness.HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int attempt = 1; response.statusCode() == 429 && attempt <= MAX_RATE_LIMITED_RETRIES; attempt++) {
                Thread.sleep(retryAfterMillis(response));
                response = Readiness.HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            return response;
        } catch (IOException e) {
            throw new StackException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(built.method() + " " + built.uri() + " was interrupted", e);
        }
    }

    private static final int MAX_RATE_LIMITED_RETRIES = 20;

    private static long retryAfterMillis(HttpResponse<String> response) {
        long seconds = response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return 1L;
            }
        }).orElse(1L);
        return Math.min(Math.max(seconds, 1), 10) * 1000;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 500) + "…";
    }
}
