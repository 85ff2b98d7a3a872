package no.nyttiggjort.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The gateway as the demo users see it: each call made with that user's own token. */
final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenUrl;
    private final String gateway;
    private final String what;
    private final Map<String, String> tokens = new HashMap<>();

    DemoApi(URI tokenUrl, String gateway, String what) {
        this.tokenUrl = tokenUrl;
        this.gateway = gateway;
        this.what = what;
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> DemoData.passwordGrant(tokenUrl, "nyttiggjort-demo", u, "demo"));
    }

    /** The user's subject (their id in the realm), read from their own token. */
    String subject(String user) {
        try {
            String payload = token(user).split("\\.")[1];
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload)).path("sub").asText();
        } catch (IOException e) {
            throw new StackException(what + ": the token of " + user + " is unreadable", e);
        }
    }

    JsonNode get(String user, String path) {
        return read(DemoData.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json").GET()),
                "GET " + path, 200);
    }

    JsonNode post(String user, String path, JsonNode body, int... expected) {
        return read(DemoData.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString(), StandardCharsets.UTF_8))),
                "POST " + path + " as " + user, expected);
    }

    /** A POST (or PUT) that names the version it was made against, for changes under If-Match. */
    JsonNode send(String method, String user, String path, JsonNode body, String ifMatch, int... expected) {
        return read(DemoData.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))),
                method + " " + path + " as " + user, expected);
    }

    /** Maps a title to a project id, as the user sees the municipality's projects. */
    Map<String, String> projectIds(String user) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : get(user, "/api/v1/projects?size=200").path("items")) {
            ids.put(item.path("title").asText(), item.path("id").asText());
        }
        return ids;
    }

    String idOf(Map<String, String> ids, String title) {
        String id = ids.get(title);
        if (id == null) {
            throw new StackException(what + " name a project that is not in the demo data: " + title);
        }
        return id;
    }

    private JsonNode read(HttpResponse<String> response, String call, int... expected) {
        for (int status : expected) {
            if (response.statusCode() == status) {
                try {
                    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new StackException(what + ": " + call + " did not answer JSON", e);
                }
            }
        }
        throw new StackException(what + ": " + call + " answered HTTP " + response.statusCode() + " "
                + DemoData.abbreviate(response.body()));
    }
}
