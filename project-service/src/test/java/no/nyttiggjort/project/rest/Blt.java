package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.testsupport.TestTokens;

/** Test helpers for a project's parts: people, their tokens, and the steps to build a project up to a gate. */
final class Blt {

    static final String TODAY = LocalDate.now().toString();
    static final String LAST_MONTH = LocalDate.now().minusDays(30).toString();
    static final String LAST_WEEK = LocalDate.now().minusDays(7).toString();

    private Blt() {
    }

    /** An employee of the municipality, known by name; their user id is {@link #userId(String, String)}. */
    static String person(String municipality, String name) {
        return TestTokens.user(name + "-" + municipality).municipality(municipality).roles("employee").bearer();
    }

    static String userId(String municipality, String name) {
        return TestTokens.user(name + "-" + municipality).subject();
    }

    static String projectPath(String id) {
        return "/api/v1/projects/" + id;
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().log().ifValidationFails();
    }

    static ValidatableResponse put(String token, String path, String ifMatch, Object body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then().log().ifValidationFails();
    }

    static ValidatableResponse delete(String token, String path, String ifMatch) {
        var request = given().header("Authorization", token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().delete(path).then().log().ifValidationFails();
    }

    static ValidatableResponse get(String token, String path) {
        return given().header("Authorization", token).when().get(path).then().log().ifValidationFails();
    }

    static String etag(String token, String path) {
        return get(token, path).statusCode(200).extract().header("ETag");
    }

    static int total(String token, String path) {
        return get(token, path).statusCode(200).extract().path("total");
    }

    /** A project with only its creator on the team, no champion and no problem statement. */
    static String bareProject(String token) {
        return post(token, "/api/v1/projects", Map.of("title", "Aktivitetsplikt: fra plikt til privilegium", "sector", "NAV_SOSIAL"))
                .statusCode(201).extract().path("id");
    }

    /** A project that meets the gate to NEEDS: champion, problem statement, a team of two. */
    static String readyForNeeds(String municipality, String creatorToken) {
        String id = post(creatorToken, "/api/v1/projects", Map.of("title", "Ingen faller utenfor", "sector", "OPPVEKST",
                "champion", "Kari Nordmann", "problemStatement", "For mange faller ut av videregående"))
                .statusCode(201).extract().path("id");
        addMember(creatorToken, id, userId(municipality, "ola"), "Ola Hansen", "Rådgiver");
        return id;
    }

    static String addMember(String token, String projectId, String userId, String name, String role) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "role", role));
        if (userId != null) {
            body.put("userId", userId);
        }
        return post(token, projectPath(projectId) + "/team", body).statusCode(201).extract().path("id");
    }

    static Map<String, Object> need(String statement) {
        return Map.of("statement", statement, "targetGroup", "Sosialhjelpsmottakere under 30", "importance", 4,
                "identifiedOn", LAST_MONTH);
    }

    static String addNeed(String token, String projectId) {
        return post(token, projectPath(projectId) + "/needs", need("Å bli sett")).statusCode(201).extract().path("id");
    }

    static Map<String, Object> insight() {
        return Map.of("source", "INTERVIEW", "date", LAST_MONTH, "evidence", "12 av 15 sa de ønsket å bli hørt", "peopleHeard", 15);
    }

    static String addInsight(String token, String projectId, String needId) {
        return post(token, projectPath(projectId) + "/needs/" + needId + "/insights", insight()).statusCode(201).extract().path("id");
    }

    static Map<String, Object> test(String outcome, List<String> needIds) {
        Map<String, Object> body = new HashMap<>(Map.of("hypothesis", "En fast kontaktperson gir trygghet", "needIds", needIds,
                "type", "CONVERSATION", "date", LAST_WEEK, "participants", 6, "learning", "De ville heller møtes ute"));
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return body;
    }

    static String addTest(String token, String projectId, String outcome, List<String> needIds) {
        return post(token, projectPath(projectId) + "/tests", test(outcome, needIds)).statusCode(201).extract().path("id");
    }

    static Map<String, Object> benefit() {
        return Map.of("indicator", "Saksbehandlingstid", "beneficiary", "USERS", "kind", "TIME_SAVED", "unit", "dager",
                "baselineValue", 40, "baselineDate", LAST_MONTH, "target", 20);
    }

    static String addBenefit(String token, String projectId) {
        return post(token, projectPath(projectId) + "/benefits", benefit()).statusCode(201).extract().path("id");
    }

    static void measure(String token, String projectId, String benefitId, String date, Object value) {
        post(token, projectPath(projectId) + "/benefits/" + benefitId + "/measurements", Map.of("date", date, "value", value))
                .statusCode(201);
    }

    static Map<String, Object> decision(boolean normalOperation) {
        return Map.of("body", "POLITICAL", "date", LAST_WEEK, "reference", "2026/1234",
                "summary", "Kommunestyret vedtok drift", "normalOperation", normalOperation);
    }

    static void decide(String token, String projectId, boolean normalOperation) {
        post(token, projectPath(projectId) + "/anchoring", decision(normalOperation)).statusCode(201);
    }

    static ValidatableResponse transition(String token, String projectId, String to, String comment) {
        return transition(token, projectId, etag(token, projectPath(projectId)), Map.of("to", to, "comment", comment));
    }

    static ValidatableResponse transition(String token, String projectId, String ifMatch, Map<String, Object> body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(projectPath(projectId) + "/transitions").then().log().ifValidationFails();
    }

    /** A project through every gate to IN_USE: one confirmed BLT test, a measured benefit, a decision on normal operation. */
    static String inUse(String municipality, String token) {
        String id = StepGateTest.throughExplore(municipality, token);
        moveTo(token, id, "REALISE");
        measure(token, id, addBenefit(token, id), LAST_WEEK, 20);
        decide(token, id, true);
        moveTo(token, id, "IN_USE");
        return id;
    }

    static void moveTo(String token, String projectId, String to) {
        transition(token, projectId, etag(token, projectPath(projectId)), Map.of("to", to, "comment", "Videre til " + to))
                .statusCode(200);
    }
}
