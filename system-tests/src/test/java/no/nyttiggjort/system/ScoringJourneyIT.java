package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The success formula through the gateway: scoring asks project-service, with the user's own token. */
@ExtendWith(RunningStack.class)
class ScoringJourneyIT {

    private static RequestSpecification as(String user) {
        return given().baseUri(gateway()).header("Authorization", Tokens.bearer(user));
    }

    private static Map<String, Object> assessment(int behov, int losning, int ildsjel, int team, int forankring) {
        String[] factors = { "BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING" };
        int[] levels = { behov, losning, ildsjel, team, forankring };
        List<Map<String, Object>> scores = new java.util.ArrayList<>();
        for (int i = 0; i < factors.length; i++) {
            scores.add(Map.of("factor", factors[i], "score", levels[i], "justification", "Vurdert i systemtest"));
        }
        return Map.of("scores", scores);
    }

    @Test
    void anAssessorScoresAProjectAndColleaguesSeeTheBottleneck() {
        String id = as("kari.nordmann").contentType(ContentType.JSON)
                .body(Map.of("title", "Systemtest scoring " + UUID.randomUUID(), "sector", "HELSE_OG_OMSORG"))
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");

        as("ola.hansen").contentType(ContentType.JSON).body(assessment(4, 3, 5, 2, 4))
                .when().post("/api/v1/scoring/projects/{id}/assessments", id)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("score.percent", equalTo(15.4f));

        as("kari.nordmann").when().get("/api/v1/scoring/projects/{id}/score", id)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("analysis.bottleneck", contains("TEAM"))
                .body("analysis.recommendedFocus", equalTo("TEAM"));

        as("kari.nordmann").when().get("/api/v1/scoring/projects/{id}/chart.svg", id)
                .then().statusCode(200).contentType("image/svg+xml").body(containsString("<svg"));

        // Another municipality cannot see the project, so not its score either; nor may it assess it.
        as("anne.asker").when().get("/api/v1/scoring/projects/{id}/score", id)
                .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json");
        as("erik.holand").contentType(ContentType.JSON).body(assessment(5, 5, 5, 5, 5))
                .when().post("/api/v1/scoring/projects/{id}/assessments", id)
                .then().log().ifValidationFails().statusCode(404);
        // An employee reads but does not assess.
        as("kari.nordmann").contentType(ContentType.JSON).body(assessment(5, 5, 5, 5, 5))
                .when().post("/api/v1/scoring/projects/{id}/assessments", id)
                .then().statusCode(403).contentType("application/problem+json");
        as("kari.nordmann").when().get("/api/v1/scoring/projects/{id}/assessments", id)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theDemoPanelRoundIsClosedWithAConsensus() {
        String round = as("ola.hansen").queryParam("status", "CLOSED")
                .when().get("/api/v1/scoring/rounds")
                .then().log().ifValidationFails()
                .statusCode(200)
                .extract().path("items.find { it.projectTitle.contains('Bergerbakken') }.id");

        // per.panel is a panel member from Aurskog-Høland: named in the round, so he may read it.
        as("per.panel").when().get("/api/v1/scoring/rounds/{id}", round)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("assessors", containsInAnyOrder("ola.hansen", "erik.holand", "per.panel"))
                .body("result.consensus", hasSize(5))
                .body("result.consensus.find { it.factor == 'TEAM' }.disagreement", equalTo(true));
    }
}
