package no.nyttiggjort.project.rest;

import static no.nyttiggjort.project.rest.Blt.LAST_MONTH;
import static no.nyttiggjort.project.rest.Blt.LAST_WEEK;
import static no.nyttiggjort.project.rest.Blt.addBenefit;
import static no.nyttiggjort.project.rest.Blt.addInsight;
import static no.nyttiggjort.project.rest.Blt.addNeed;
import static no.nyttiggjort.project.rest.Blt.addTest;
import static no.nyttiggjort.project.rest.Blt.bareProject;
import static no.nyttiggjort.project.rest.Blt.delete;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.measure;
import static no.nyttiggjort.project.rest.Blt.need;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.post;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.put;
import static no.nyttiggjort.project.rest.Blt.total;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** Needs, insights, solutions, tests, team, anchoring, benefits, workshops and the timeline, through HTTP. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectPartsTest {

    @Test
    void needsAndInsightsAreCreatedReadChangedAndRemoved() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String needs = projectPath(id) + "/needs";

        var created = post(kari, needs, need("Å bli sett")).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("statement", equalTo("Å bli sett"))
                .body("targetGroup", equalTo("Sosialhjelpsmottakere under 30"))
                .body("importance", equalTo(4))
                .body("identifiedOn", equalTo(LAST_MONTH))
                .body("projectId", equalTo(id)).extract();
        String need = created.path("id");
        assertThat(created.header("Location"), endsWith(needs + "/" + need));
        post(kari, needs, Map.of("statement", "Fleksibilitet", "targetGroup", "Unge", "importance", 2)).statusCode(201)
                .body("identifiedOn", equalTo(Blt.TODAY));

        get(kari, needs + "?size=1").statusCode(200).body("total", equalTo(2)).body("size", equalTo(1))
                .body("items", hasSize(1)).body("items[0].id", equalTo(need));

        String insight = addInsight(kari, id, need);
        get(kari, needs + "/" + need + "/insights").statusCode(200).body("total", equalTo(1))
                .body("items[0].source", equalTo("INTERVIEW")).body("items[0].peopleHeard", equalTo(15))
                .body("items[0].evidence", containsString("12 av 15"));
        get(kari, needs + "/" + need + "/insights/" + insight).statusCode(200).header("ETag", equalTo("\"0\""));

        put(kari, needs + "/" + need, null, need("Å bli tatt på alvor")).statusCode(428).contentType("application/problem+json");
        put(kari, needs + "/" + need, "\"0\"", need("Å bli tatt på alvor")).statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("statement", equalTo("Å bli tatt på alvor"));
        put(kari, needs + "/" + need, "\"0\"", need("Gammel")).statusCode(412).contentType("application/problem+json");
        get(kari, needs + "/" + need).statusCode(200).body("statement", equalTo("Å bli tatt på alvor"));

        delete(kari, needs + "/" + need + "/insights/" + insight, null).statusCode(428);
        delete(kari, needs + "/" + need + "/insights/" + insight, "\"0\"").statusCode(204);
        assertEquals(0, total(kari, needs + "/" + need + "/insights"));
        addInsight(kari, id, need);
        delete(kari, needs + "/" + need, "\"1\"").statusCode(204);
        get(kari, needs + "/" + need).statusCode(404).contentType("application/problem+json");
        get(kari, needs + "/" + need + "/insights").statusCode(404);
        assertEquals(1, total(kari, needs));
    }

    @Test
    void solutionsAndTestsLinkOnlyThisProjectsNeedsAndKeepWhatTheyLink() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String need = addNeed(kari, id);
        String foreignNeed = addNeed(kari, bareProject(kari));

        String solution = post(kari, projectPath(id) + "/solutions", Map.of("description", "Fast kontaktperson",
                "needIds", List.of(need))).statusCode(201).body("needIds", contains(need)).extract().path("id");
        post(kari, projectPath(id) + "/solutions", Map.of("description", "Lånt behov", "needIds", List.of(foreignNeed)))
                .statusCode(400).body("errors.field", contains("needIds"));
        assertEquals(1, total(kari, projectPath(id) + "/solutions"));

        var test = new java.util.HashMap<>(Blt.test("ADJUST", List.of(need)));
        test.put("solutionId", solution);
        String testId = post(kari, projectPath(id) + "/tests", test).statusCode(201)
                .body("solutionId", equalTo(solution)).body("type", equalTo("CONVERSATION")).body("outcome", equalTo("ADJUST"))
                .body("participants", equalTo(6)).body("date", equalTo(LAST_WEEK)).extract().path("id");
        test.put("outcome", "CONFIRMED");
        test.put("learning", "Kontaktpersonen ga trygghet");
        put(kari, projectPath(id) + "/tests/" + testId, "\"0\"", test).statusCode(200)
                .body("outcome", equalTo("CONFIRMED")).body("learning", equalTo("Kontaktpersonen ga trygghet"));
        test.put("solutionId", java.util.UUID.randomUUID().toString());
        put(kari, projectPath(id) + "/tests/" + testId, "\"1\"", test).statusCode(400).body("errors.field", contains("solutionId"));

        delete(kari, projectPath(id) + "/needs/" + need, "\"0\"").statusCode(409)
                .body("detail", containsString("solutions, tests"));
        delete(kari, projectPath(id) + "/solutions/" + solution, "\"0\"").statusCode(409);
        delete(kari, projectPath(id) + "/tests/" + testId, "\"1\"").statusCode(204);
        delete(kari, projectPath(id) + "/solutions/" + solution, "\"0\"").statusCode(204);
        delete(kari, projectPath(id) + "/needs/" + need, "\"0\"").statusCode(204);
    }

    @Test
    void teamAnchoringBenefitsAndWorkshops() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String need = addNeed(kari, id);

        String member = post(kari, projectPath(id) + "/team", Map.of("userId", Blt.userId(m, "ola"), "name", "Ola Hansen",
                "role", "Veileder")).statusCode(201).body("name", equalTo("Ola Hansen")).extract().path("id");
        post(kari, projectPath(id) + "/team", Map.of("userId", Blt.userId(m, "ola"), "name", "Ola igjen", "role", "Dobbel"))
                .statusCode(409).body("errors.field", contains("userId"));
        put(kari, projectPath(id) + "/team/" + member, "\"0\"", Map.of("userId", Blt.userId(m, "ola"), "name", "Ola Hansen",
                "role", "Teamleder")).statusCode(200).body("role", equalTo("Teamleder"));
        assertEquals(2, total(kari, projectPath(id) + "/team"));
        delete(kari, projectPath(id) + "/team/" + member, "\"1\"").statusCode(204);
        assertEquals(1, total(kari, projectPath(id) + "/team"));

        post(kari, projectPath(id) + "/anchoring", Blt.decision(true)).statusCode(201)
                .body("body", equalTo("POLITICAL")).body("reference", equalTo("2026/1234")).body("normalOperation", equalTo(true));
        post(kari, projectPath(id) + "/anchoring", Map.of("body", "UNION", "date", LAST_WEEK, "summary", "Drøftet med tillitsvalgte"))
                .statusCode(201).body("normalOperation", equalTo(false)).body("reference", nullValue());
        get(kari, projectPath(id) + "/anchoring").statusCode(200).body("items.body", contains("POLITICAL", "UNION"));

        String benefit = addBenefit(kari, id);
        get(kari, projectPath(id) + "/benefits/" + benefit).statusCode(200)
                .body("latestValue", nullValue()).body("changeFromBaseline", nullValue()).body("target", equalTo(20));
        measure(kari, id, benefit, LAST_WEEK, 30);
        measure(kari, id, benefit, LAST_MONTH, 38);
        get(kari, projectPath(id) + "/benefits/" + benefit).statusCode(200)
                .body("latestValue", equalTo(30)).body("latestDate", equalTo(LAST_WEEK))
                .body("changeFromBaseline", equalTo(-10)).body("changePercent", equalTo(-25.0f));
        get(kari, projectPath(id) + "/benefits/" + benefit + "/measurements").statusCode(200)
                .body("total", equalTo(2)).body("items.value", contains(38, 30));

        String workshop = post(kari, projectPath(id) + "/workshops", Map.of("kind", "WORKSHOP", "date", LAST_MONTH,
                "targetGroup", "Sosialhjelpsmottakere under 30", "citizens", 14, "employees", 5, "needIds", List.of(need),
                "summary", "Fra plikt til privilegium")).statusCode(201)
                .body("kind", equalTo("WORKSHOP")).body("citizens", equalTo(14)).body("needIds", contains(need))
                .extract().path("id");
        put(kari, projectPath(id) + "/workshops/" + workshop, "\"0\"", Map.of("kind", "IDEA_SESSION", "date", LAST_MONTH,
                "targetGroup", "Unge", "citizens", 20, "employees", 3)).statusCode(200)
                .body("kind", equalTo("IDEA_SESSION")).body("needIds", hasSize(0));

        get(kari, projectPath(id) + "/timeline?size=200").statusCode(200)
                .body("items.action", hasItems("PROJECT_CREATED", "NEED_ADDED", "TEAM_MEMBER_ADDED", "TEAM_MEMBER_CHANGED",
                        "TEAM_MEMBER_REMOVED", "ANCHORING_ADDED", "BENEFIT_ADDED", "MEASUREMENT_ADDED", "WORKSHOP_ADDED",
                        "WORKSHOP_CHANGED"))
                .body("items[-1].action", equalTo("PROJECT_CREATED"));
        get(kari, projectPath(id) + "/timeline?size=3&page=1").statusCode(200).body("items", hasSize(3)).body("page", equalTo(1));
    }

    @Test
    void everyChangeToAPartMovesTheProjectsETagOn() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String before = etag(kari, projectPath(id));
        addNeed(kari, id);
        String after = etag(kari, projectPath(id));
        assertNotEquals(before, after);
        put(kari, projectPath(id), before, Map.of("title", "Med gammel ETag", "sector", "PLAN")).statusCode(412);
        get(kari, projectPath(id)).body("title", not(equalTo("Med gammel ETag")));
        addTest(kari, id, null, List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithItsIdTagSummaryAndErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = io.restassured.RestAssured.given()
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        java.util.Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!path.startsWith("/api/v1/projects")) {
                return;
            }
            String where = method + " " + path;
            Object id = raw.get("operationId");
            assertThat(where + " has an operationId", id, org.hamcrest.Matchers.notNullValue());
            assertThat(where + " has a unique operationId", ids.add(id.toString()), equalTo(true));
            assertThat(where + " has a tag", (List<String>) raw.get("tags"), not(org.hamcrest.Matchers.empty()));
            assertThat(where + " has a summary", raw.get("summary"), org.hamcrest.Matchers.notNullValue());
            Map<String, Object> responses = (Map<String, Object>) raw.get("responses");
            if (path.contains("{")) {
                assertThat(where + " documents 404", responses.keySet(), org.hamcrest.Matchers.hasItem("404"));
            }
            if (method.equals("put") || method.equals("delete") || path.endsWith("/transitions")) {
                assertThat(where + " documents 412 and 428", responses.keySet(), org.hamcrest.Matchers.hasItems("412", "428"));
            }
        }));
        assertThat(ids, hasItems("transitionProject", "listProjectTimeline", "createNeed", "addInsight", "createBltTest",
                "addTeamMember", "createAnchoringDecision", "createBenefit", "addMeasurement", "createWorkshop",
                "setProjectVisibility", "adoptProject", "listAdoptions", "summariseProjects", "listProjectChanges"));
    }
}
