package no.nyttiggjort.scoring.portfolio;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.admin;
import static no.nyttiggjort.scoring.support.ScoringApi.assess;
import static no.nyttiggjort.scoring.support.ScoringApi.assessment;
import static no.nyttiggjort.scoring.support.ScoringApi.assessor;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static no.nyttiggjort.scoring.support.ScoringApi.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class PortfolioResourceTest {

    private static UUID scored(String m, String title, int... levels) {
        UUID project = FakeProjectService.get().register(m, title);
        assess(assessor(m), project, assessment(levels)).statusCode(201);
        return project;
    }

    @Test
    void thePortfolioRanksByLatestScoreAndSummarises() {
        String m = freshMunicipality();
        UUID a = scored(m, "A", 5, 5, 5, 5, 4);  // 2500 → 80.0
        UUID b = scored(m, "B", 3, 3, 3, 3, 3);  // 243 → 7.8, all factors bottleneck
        UUID c = scored(m, "C", 4, 0, 4, 4, 4);  // blocked
        // A correction of C: only the latest assessment counts.
        assess(assessor(m), c, assessment(4, 2, 4, 4, 4)).statusCode(201);  // 512 → 16.4

        given().header("Authorization", admin(m)).queryParam("size", 2)
                .when().get("/api/v1/scoring/portfolio")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items.projectId", contains(a.toString(), c.toString()))
                .body("items.rank", contains(1, 2))
                .body("items[0].score.percent", equalTo(80.0f))
                .body("items[0].bottleneck", contains("FORANKRING"))
                .body("items[1].basedOn", equalTo("ASSESSMENT"))
                .body("items[1].recommendedFocus", equalTo("LOSNING"))
                .body("summary.scoredProjects", equalTo(3))
                .body("summary.blockedProjects", equalTo(0))
                // (2500 + 243 + 512) / 3 = 1085 of 3125 = 34.72 %.
                .body("summary.meanScore.percent", equalTo(34.7f))
                .body("summary.distribution.projects", contains(2, 0, 0, 0, 1))
                .body("summary.distribution.from", contains(0, 20, 40, 60, 80))
                .body("summary.factorMeans.mean", contains(4.0f, 3.33f, 4.0f, 4.0f, 3.67f))
                .body("summary.bottleneckCounts.projects", contains(1, 2, 1, 1, 2));

        given().header("Authorization", assessor(m)).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/scoring/portfolio")
                .then().statusCode(200).body("items.projectId", contains(b.toString())).body("items[0].rank", equalTo(3));

        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/portfolio")
                .then().log().ifValidationFails().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", admin(freshMunicipality().equals(m) ? "0001" : "0002"))
                .when().get("/api/v1/scoring/portfolio")
                .then().statusCode(200).body("items.projectId", not(hasItem(a.toString())));
    }

    @Test
    void theNetworkShowsMunicipalitiesWithFiveScoredProjectsAndOnlyCountsTheRest() {
        String big = freshMunicipality();
        String small = big.equals("9999") ? "9998" : "9999";
        for (int i = 0; i < 5; i++) {
            scored(big, "Stor " + i, 4, 4, 3 + (i % 2), 2 + (i % 3), 5);
        }
        for (int i = 0; i < 4; i++) {
            scored(small, "Liten " + i, 3, 3, 3, 3, 3);
        }
        String analyst = user("analyst", "3053", "network-analyst");

        JsonPath network = given().header("Authorization", analyst).queryParam("size", 200)
                .when().get("/api/v1/scoring/network")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("minimumProjects", equalTo(5))
                .body("suppressedMunicipalities", greaterThanOrEqualTo(1))
                .extract().jsonPath();
        List<Map<String, Object>> items = network.getList("items");
        assertTrue(items.stream().noneMatch(i -> small.equals(i.get("municipality"))), "groups under 5 are suppressed");
        Map<String, Object> mine = items.stream().filter(i -> big.equals(i.get("municipality"))).findFirst().orElseThrow();
        assertEquals(5, mine.get("scoredProjects"));
        // Products: 4*4*3*2*5 = 480, 4*4*4*3*5 = 960, 4*4*3*4*5 = 960, 4*4*4*2*5 = 640, 4*4*3*3*5 = 720.
        // Mean 752 of 3125 = 24.064 %.
        assertEquals(24.1f, network.getFloat("items.find { it.municipality == '" + big + "' }.meanScore.percent"));
        // Weakest: TEAM, TEAM, ILDSJEL, TEAM, ILDSJEL and TEAM (a shared lowest level counts for both).
        assertEquals(List.of(0, 0, 2, 4, 0), network.getList("items.find { it.municipality == '" + big
                + "' }.bottleneckCounts.projects"));
        assertTrue(network.getString("items").indexOf("assessor") < 0, "no personal data");
        assertTrue(network.getString("items").indexOf("Stor") < 0, "no project titles");

        given().header("Authorization", admin(big))
                .when().get("/api/v1/scoring/network")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aNetworkAnalystSeesOnlyTheNetwork() {
        String m = freshMunicipality();
        UUID project = scored(m, "Analytiker", 3, 3, 3, 3, 3);
        String analyst = user("analyst-" + m, m, "network-analyst");
        for (String path : new String[] { "/api/v1/scoring/portfolio", "/api/v1/scoring/projects/" + project + "/score",
                "/api/v1/scoring/projects/" + project + "/history", "/api/v1/scoring/projects/" + project + "/assessments",
                "/api/v1/scoring/projects/" + project + "/chart.svg", "/api/v1/scoring/rounds" }) {
            given().header("Authorization", analyst).when().get(path)
                    .then().log().ifValidationFails().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", analyst).when().get("/api/v1/scoring/network").then().statusCode(200);
    }
}
