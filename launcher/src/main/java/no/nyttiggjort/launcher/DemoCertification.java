package no.nyttiggjort.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jevnaker's innovation-agent programme as it happened: 35 participants, every module completed,
 * the seven projects presented to a three-member expert panel, and certificates issued to those
 * who passed. Loaded once: when the programme exists, only the (replay-safe) issuing is repeated.
 */
final class DemoCertification {

    private static final String RESOURCE = "demo-certification.json";

    record Result(boolean programmeCreated, int certificatesIssued, int alreadyCertified) {
    }

    private final JsonNode root;
    private final DemoApi api;
    private final String admin;

    private DemoCertification(JsonNode root, DemoApi api) {
        this.root = root;
        this.api = api;
        this.admin = root.path("programmeAdmin").asText();
    }

    static DemoCertification fromResource(URI tokenUrl, String gateway) {
        try (InputStream in = DemoCertification.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's classpath");
            }
            return new DemoCertification(DemoApi.JSON.readTree(in), new DemoApi(tokenUrl, gateway, "Demo certification"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    Result load(DemoData demo) {
        String name = root.path("programme").path("name").asText();
        String panel = existingPanel(name);
        boolean created = panel == null;
        if (created) {
            panel = runProgramme(api.projectIds(demo.username()));
        }
        JsonNode issued = api.post(admin, "/api/v1/certification/panels/" + panel + "/certificates", null, 200, 201);
        return new Result(created, issued.path("issued").size(), issued.path("alreadyCertified").size());
    }

    private String existingPanel(String programmeName) {
        for (JsonNode programme : api.get(admin, "/api/v1/certification/programmes?size=200").path("items")) {
            if (programmeName.equals(programme.path("name").asText())) {
                JsonNode panels = api.get(admin, "/api/v1/certification/programmes/" + programme.path("id").asText()
                        + "/panels").path("items");
                if (panels.size() > 0) {
                    return panels.get(0).path("id").asText();
                }
            }
        }
        return null;
    }

    private String runProgramme(Map<String, String> projectIds) {
        JsonNode programme = api.post(admin, "/api/v1/certification/programmes", root.path("programme"), 201);
        String programmeId = programme.path("id").asText();
        List<String> modules = new ArrayList<>();
        programme.path("modules").forEach(m -> modules.add(m.path("id").asText()));

        Map<String, List<String>> enrolmentsByProject = new LinkedHashMap<>();
        for (JsonNode participant : root.path("participants")) {
            String project = api.idOf(projectIds, participant.path("examProject").asText());
            ObjectNode enrolment = ((ObjectNode) participant.deepCopy());
            enrolment.remove("examProject");
            enrolment.put("examProjectId", project);
            String enrolmentId = api.post(admin, "/api/v1/certification/programmes/" + programmeId + "/enrolments",
                    enrolment, 201).path("id").asText();
            enrolmentsByProject.computeIfAbsent(project, p -> new ArrayList<>()).add(enrolmentId);
            for (int i = 0; i < modules.size(); i++) {
                ObjectNode completion = DemoApi.JSON.createObjectNode()
                        .put("moduleId", modules.get(i))
                        .put("completedOn", root.path("completedOn").get(i).asText());
                api.post(admin, "/api/v1/certification/enrolments/" + enrolmentId + "/completions", completion, 201);
            }
        }

        JsonNode panelSpec = root.path("panel");
        ObjectNode panel = DemoApi.JSON.createObjectNode().put("name", panelSpec.path("name").asText());
        ArrayNode members = panel.putArray("members");
        for (JsonNode member : panelSpec.path("members")) {
            members.addObject()
                    .put("userId", api.subject(member.path("username").asText()))
                    .put("name", member.path("name").asText())
                    .put("municipality", member.path("municipality").asText())
                    .put("role", member.path("role").asText());
        }
        String panelId = api.post(admin, "/api/v1/certification/programmes/" + programmeId + "/panels", panel, 201)
                .path("id").asText();

        for (Map.Entry<String, List<String>> presented : enrolmentsByProject.entrySet()) {
            ObjectNode presentation = DemoApi.JSON.createObjectNode()
                    .put("projectId", presented.getKey())
                    .put("scheduledAt", panelSpec.path("scheduledAt").asText());
            ArrayNode enrolments = presentation.putArray("enrolmentIds");
            presented.getValue().forEach(enrolments::add);
            String presentationId = api.post(admin, "/api/v1/certification/panels/" + panelId + "/presentations",
                    presentation, 201).path("id").asText();
            for (JsonNode member : panelSpec.path("members")) {
                ObjectNode vote = DemoApi.JSON.createObjectNode().put("verdict", "PASS")
                        .put("comment", panelSpec.path("verdictComment").asText());
                api.post(member.path("username").asText(), "/api/v1/certification/panels/" + panelId
                        + "/presentations/" + presentationId + "/votes", vote, 201);
            }
        }
        return panelId;
    }
}
