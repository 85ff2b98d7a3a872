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

    record Result(int assessed, int alreadyAssessed, boolean roundClosedNow) {
    }

    private final JsonNode root;
    private final DemoApi api;

    private DemoScores(JsonNode root, DemoApi api) {
        this.root = root;
        this.api = api;
    }

    static DemoScores fromResource(URI tokenUrl, String gateway) {
        try (InputStream in = DemoScores.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's classpath");
            }
            return new DemoScores(DemoApi.JSON.readTree(in), new DemoApi(tokenUrl, gateway, "Demo scores"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    Result load(DemoData demo) {
        Map<String, String> ids = api.projectIds(demo.username());
        String assessor = root.path("assessmentsBy").asText();
        int assessed = 0;
        int present = 0;
        for (JsonNode assessment : root.path("assessments")) {
            String project = api.idOf(ids, assessment.path("project").asText());
            if (api.get(assessor, "/api/v1/scoring/projects/" + project + "/assessments?size=1").path("total").asInt() > 0) {
                present++;
            } else {
                api.post(assessor, "/api/v1/scoring/projects/" + project + "/assessments", scoresOf(assessment), 201);
                assessed++;
            }
        }
        return new Result(assessed, present, completeRound(ids));
    }

    private boolean completeRound(Map<String, String> ids) {
        JsonNode round = root.path("round");
        String project = api.idOf(ids, round.path("project").asText());
        String firstAssessor = round.path("assessors").get(0).asText();
        String roundId = null;
        for (JsonNode existing : api.get(firstAssessor, "/api/v1/scoring/rounds?size=200").path("items")) {
            if (project.equals(existing.path("projectId").asText())) {
                roundId = existing.path("id").asText();
            }
        }
        if (roundId == null) {
            ObjectNode body = DemoApi.JSON.createObjectNode();
            body.set("assessors", round.path("assessors"));
            roundId = api.post(round.path("createdBy").asText(), "/api/v1/scoring/projects/" + project + "/rounds", body, 201)
                    .path("id").asText();
        }
        JsonNode current = api.get(firstAssessor, "/api/v1/scoring/rounds/" + roundId);
        if ("CLOSED".equals(current.path("status").asText())) {
            return false;
        }
        Set<String> submitted = new HashSet<>();
        current.path("submitted").forEach(name -> submitted.add(name.asText()));
        for (JsonNode submission : round.path("submissions")) {
            String who = submission.path("assessor").asText();
            if (!submitted.contains(who)) {
                api.post(who, "/api/v1/scoring/rounds/" + roundId + "/scores", scoresOf(submission), 200, 201);
            }
        }
        return true;
    }

    private static ObjectNode scoresOf(JsonNode entry) {
        ObjectNode body = DemoApi.JSON.createObjectNode();
        body.set("scores", entry.path("scores"));
        return body;
    }

}
