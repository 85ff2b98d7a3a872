package no.nyttiggjort.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Success-formula assessments for the demo projects and one closed round with three assessors,
 * given through the API by the demo users who would give them. Idempotent: a project that has an
 * assessment is left alone, and the round is created once and completed if a submission is missing.
 */
final class DemoScores {

    private static final String RESOURCE = "demo-scores.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int assessed, int alreadyAssessed, boolean roundClosedNow) {
    }

    private final JsonNode root;
    private final URI tokenUrl;
    private final String gateway;
    private final Map<String, String> tokens = new HashMap<>();

    private DemoScores(JsonNode root, URI tokenUrl, String gateway) {
        this.root = root;
        this.tokenUrl = tokenUrl;
        this.gateway = gateway;
    }

    static DemoScores fromResource(URI tokenUrl, String gateway) {
        try (InputStream in = DemoScores.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's classpath");
            }
            return new DemoScores(JSON.readTree(in), tokenUrl, gateway);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    Result load(DemoData demo) {
        Map<String, String> ids = projectIds(demo.username());
        String assessor = root.path("assessmentsBy").asText();
        int assessed = 0;
        int present = 0;
        for (JsonNode assessment : root.path("assessments")) {
            String project = idOf(ids, assessment.path("project").asText());
            if (get(assessor, "/api/v1/scoring/projects/" + project + "/assessments?size=1").path("total").asInt() > 0) {
                present++;
            } else {
                post(assessor, "/api/v1/scoring/projects/" + project + "/assessments", scoresOf(assessment), 201);
                assessed++;
            }
        }
        return new Result(assessed, present, completeRound(ids));
    }

    private boolean completeRound(Map<String, String> ids) {
        JsonNode round = root.path("round");
        String project = idOf(ids, round.path("project").asText());
        String firstAssessor = round.path("assessors").get(0).asText();
        String roundId = null;
        for (JsonNode existing : get(firstAssessor, "/api/v1/scoring/rounds?size=200").path("items")) {
            if (project.equals(existing.path("projectId").asText())) {
                roundId = existing.path("id").asText();
            }
        }
        if (roundId == null) {
            ObjectNode body = JSON.createObjectNode();
            body.set("assessors", round.path("assessors"));
            roundId = post(round.path("createdBy").asText(), "/api/v1/scoring/projects/" + project + "/rounds", body, 201)
                    .path("id").asText();
        }
        JsonNode current = get(firstAssessor, "/api/v1/scoring/rounds/" + roundId);
        if ("CLOSED".equals(current.path("status").asText())) {
            return false;
        }
        Set<String> submitted = new HashSet<>();
        current.path("submitted").forEach(name -> submitted.add(name.asText()));
        for (JsonNode submission : round.path("submissions")) {
            String who = submission.path("assessor").asText();
            if (!submitted.contains(who)) {
                post(who, "/api/v1/scoring/rounds/" + roundId + "/scores", scoresOf(submission), 200, 201);
            }
        }
        return true;
    }

    private Map<String, String> projectIds(String user) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : get(user, "/api/v1/projects?size=200").path("items")) {
            ids.put(item.path("title").asText(), item.path("id").asText());
        }
        return ids;
    }

    private static String idOf(Map<String, String> ids, String title) {
        String id = ids.get(title);
        if (id == null) {
            throw new StackException("Demo scores name a project that is not in the demo data: " + title);
        }
        return id;
    }

    private static ObjectNode scoresOf(JsonNode entry) {
        ObjectNode body = JSON.createObjectNode();
        body.set("scores", entry.path("scores"));
        return body;
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, u -> DemoData.passwordGrant(tokenUrl, "nyttiggjort-demo", u, "demo"));
    }

    private JsonNode get(String user, String path) {
        return read(DemoData.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json").GET()),
                "GET " + path, 200);
    }

    private JsonNode post(String user, String path, JsonNode body, int... expected) {
        return read(DemoData.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))),
                "POST " + path + " as " + user, expected);
    }

    private static JsonNode read(HttpResponse<String> response, String what, int... expected) {
        for (int status : expected) {
            if (response.statusCode() == status) {
                try {
                    return JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new StackException("Demo scores: " + what + " did not answer JSON", e);
                }
            }
        }
        throw new StackException("Demo scores: " + what + " answered HTTP " + response.statusCode() + " "
                + DemoData.abbreviate(response.body()));
    }
}
