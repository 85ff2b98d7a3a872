package no.nyttiggjort.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo projects' work the BLT way: team, problem statement, needs backed by insights,
 * workshops with the target group, solutions, tests, benefits and anchoring, and then the steps
 * forward through their gates, so each project stands at a realistic step. A project already
 * past FOUNDATION, or with needs recorded, is left alone.
 */
final class DemoProjectWork {

    private static final String RESOURCE = "demo-project-work.json";
    private static final List<String> STEPS = List.of("FOUNDATION", "NEEDS", "EXPLORE", "REALISE", "IN_USE");

    private final JsonNode root;
    private final DemoApi api;
    private final String user;

    private DemoProjectWork(JsonNode root, DemoApi api) {
        this.root = root;
        this.api = api;
        this.user = root.path("by").asText();
    }

    static DemoProjectWork fromResource(URI tokenUrl, String gateway) {
        try (InputStream in = DemoProjectWork.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's classpath");
            }
            return new DemoProjectWork(DemoApi.JSON.readTree(in), new DemoApi(tokenUrl, gateway, "Demo project work"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Returns how many projects were brought forward now. */
    int load() {
        Map<String, String> ids = api.projectIds(user);
        int done = 0;
        for (JsonNode work : root.path("projects")) {
            String id = api.idOf(ids, work.path("project").asText());
            String base = "/api/v1/projects/" + id;
            JsonNode project = api.get(user, base);
            if (!"FOUNDATION".equals(project.path("step").asText())
                    || api.get(user, base + "/needs?size=1").path("total").asInt() > 0) {
                continue;
            }
            record(base, project, work);
            String step = "FOUNDATION";
            while (!step.equals(work.path("step").asText())) {
                step = STEPS.get(STEPS.indexOf(step) + 1);
                ObjectNode transition = DemoApi.JSON.createObjectNode().put("to", step).put("comment", "Demo: videre til " + step);
                api.send("POST", user, base + "/transitions", transition, etag(base), 200);
            }
            done++;
        }
        shareAndAdopt(ids);
        return done;
    }

    /** "Good ideas spread easily": Jevnaker shares a project that is in use, and Asker takes it home. */
    private void shareAndAdopt(Map<String, String> ids) {
        JsonNode shared = root.path("shared");
        String base = "/api/v1/projects/" + api.idOf(ids, shared.path("project").asText());
        if (!"SHARED".equals(api.get(user, base).path("visibility").asText())) {
            ObjectNode visibility = DemoApi.JSON.createObjectNode().put("visibility", "SHARED");
            api.send("PUT", user, base + "/visibility", visibility, etag(base), 200);
        }
        String adopter = shared.path("adopterMunicipality").asText();
        for (JsonNode adoption : api.get(user, base + "/adoptions?size=200").path("items")) {
            if (adopter.equals(adoption.path("municipality").asText())) {
                return;
            }
        }
        api.post(shared.path("adoptedBy").asText(), base + "/adoptions", null, 201);
    }

    private void record(String base, JsonNode project, JsonNode work) {
        ObjectNode details = DemoApi.JSON.createObjectNode();
        for (String field : new String[] { "title", "description", "sector", "champion" }) {
            details.set(field, project.path(field));
        }
        details.set("problemStatement", work.path("problemStatement"));
        api.send("PUT", user, base, details, etag(base), 200);
        for (JsonNode member : work.path("team")) {
            api.post(user, base + "/team", member, 201);
        }
        List<String> needs = new ArrayList<>();
        for (JsonNode need : work.path("needs")) {
            ObjectNode body = ((ObjectNode) need.deepCopy());
            body.remove("insights");
            String id = api.post(user, base + "/needs", body, 201).path("id").asText();
            needs.add(id);
            for (JsonNode insight : need.path("insights")) {
                api.post(user, base + "/needs/" + id + "/insights", insight, 201);
            }
        }
        for (JsonNode workshop : work.path("workshops")) {
            api.post(user, base + "/workshops", linked(workshop, "needs", "needIds", needs), 201);
        }
        List<String> solutions = new ArrayList<>();
        for (JsonNode solution : work.path("solutions")) {
            solutions.add(api.post(user, base + "/solutions", linked(solution, "needs", "needIds", needs), 201)
                    .path("id").asText());
        }
        for (JsonNode test : work.path("tests")) {
            ObjectNode body = linked(test, "needs", "needIds", needs);
            body.remove("solution");
            body.put("solutionId", solutions.get(test.path("solution").asInt()));
            api.post(user, base + "/tests", body, 201);
        }
        for (JsonNode benefit : work.path("benefits")) {
            ObjectNode body = ((ObjectNode) benefit.deepCopy());
            body.remove("measurements");
            String id = api.post(user, base + "/benefits", body, 201).path("id").asText();
            for (JsonNode measurement : benefit.path("measurements")) {
                api.post(user, base + "/benefits/" + id + "/measurements", measurement, 201);
            }
        }
        for (JsonNode decision : work.path("anchoring")) {
            api.post(user, base + "/anchoring", decision, 201);
        }
    }

    /** A copy of the entry with its list of need indexes replaced by the needs' ids. */
    private static ObjectNode linked(JsonNode entry, String indexField, String idField, List<String> ids) {
        ObjectNode body = ((ObjectNode) entry.deepCopy());
        body.remove(indexField);
        ArrayNode linked = body.putArray(idField);
        entry.path(indexField).forEach(index -> linked.add(ids.get(index.asInt())));
        return body;
    }

    private String etag(String base) {
        return "\"" + api.get(user, base).path("version").asLong() + "\"";
    }
}
