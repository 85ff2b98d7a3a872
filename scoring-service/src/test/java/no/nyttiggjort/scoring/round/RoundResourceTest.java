package no.nyttiggjort.scoring.round;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.admin;
import static no.nyttiggjort.scoring.support.ScoringApi.assessment;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static no.nyttiggjort.scoring.support.ScoringApi.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class RoundResourceTest {

    private FakeProjectService projects;
    private String m;
    private String ola;
    private String erik;
    private String per;
    private String olaToken;
    private String erikToken;
    private String perToken;

    @BeforeEach
    void panel() {
        projects = FakeProjectService.get();
        m = freshMunicipality();
        String neighbour = m.equals("3026") ? "3025" : "3026";
        // Login names are unique per test so rounds of other tests never name these callers.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ola = "ola-" + suffix;
        erik = "erik-" + suffix;
        per = "per-" + suffix;
        this.olaToken = user(ola, m, "employee", "assessor");
        this.erikToken = user(erik, neighbour, "employee", "assessor");
        this.perToken = user(per, neighbour, "panel-member");
    }

    private static ValidatableResponse submit(String token, String round, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/scoring/rounds/{r}/scores", round)
                .then().log().ifValidationFails();
    }

    private static ValidatableResponse read(String token, String round) {
        return given().header("Authorization", token)
                .when().get("/api/v1/scoring/rounds/{r}", round)
                .then().log().ifValidationFails();
    }

    @Test
    void aBlindRoundHidesOtherAssessorsLevelsUntilItClosesWithAConsensus() {
        UUID project = projects.register(m, "Ingen faller utenfor");
        var created = given().header("Authorization", admin(m)).contentType(ContentType.JSON)
                .body(Map.of("assessors", List.of(ola, erik, per)))
                .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("municipality", equalTo(m))
                .body("projectTitle", equalTo("Ingen faller utenfor"))
                .body("assessors", hasSize(3))
                .body("submitted", empty())
                .body("result", nullValue())
                .extract().response();
        String round = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/scoring/rounds/" + round));

        submit(olaToken, round, assessment(4, 2, 5, 3, 1)).statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("yourScores.score", contains(4, 2, 5, 3, 1))
                .body("submitted", contains(ola));
        // A panel member from another municipality, named in the round, scores without project-service.
        int calls = projects.requests();
        submit(perToken, round, assessment(3, 2, 4, 3, 4)).statusCode(200)
                .body("yourScores.score", contains(3, 2, 4, 3, 4))
                .body("result", nullValue());
        assertEquals(calls, projects.requests());

        // Blind: each sees only their own levels; the organiser sees none, only who has submitted.
        read(perToken, round).statusCode(200)
                .body("yourScores.score", contains(3, 2, 4, 3, 4))
                .body("submitted", hasSize(2))
                .body("result", nullValue());
        read(olaToken, round).statusCode(200).body("yourScores.score", contains(4, 2, 5, 3, 1)).body("result", nullValue());
        read(erikToken, round).statusCode(200).body("yourScores", nullValue()).body("result", nullValue());
        read(admin(m), round).statusCode(200).body("yourScores", nullValue()).body("result", nullValue());

        // The last named assessor's submission closes the round.
        submit(erikToken, round, assessment(5, 3, 4, 3, 2)).statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue())
                .body("result.consensus.factor", contains("BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING"))
                .body("result.consensus.consensus", contains(4, 2, 4, 3, 2))
                .body("result.consensus.disagreement", contains(true, false, false, false, true))
                .body("result.consensus[4].lowest", equalTo(1))
                .body("result.consensus[4].highest", equalTo(4))
                // 4*2*4*3*2 = 192 of 3125 = 6.144 %.
                .body("result.analysis.score.percent", equalTo(6.1f))
                .body("result.analysis.recommendedFocus", equalTo("LOSNING"))
                .body("result.submissions", hasSize(3));
        read(perToken, round).statusCode(200).body("result.submissions.assessor", hasItem(ola));

        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/score", project)
                .then().log().ifValidationFails().statusCode(200)
                .body("basedOn.kind", equalTo("ROUND"))
                .body("basedOn.id", equalTo(round))
                .body("basedOn.assessors", equalTo(3))
                .body("analysis.score.percent", equalTo(6.1f));

        submit(olaToken, round, assessment(1, 1, 1, 1, 1)).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anOrganiserClosesEarlyAndAnEvenPanelTakesTheLowerMiddleLevel() {
        UUID project = projects.register(m, "Bergerbakken skole");
        String round = given().header("Authorization", admin(m)).contentType(ContentType.JSON)
                .body(Map.of("assessors", List.of(ola, erik, per)))
                .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", admin(m)).when().post("/api/v1/scoring/rounds/{r}/close", round)
                .then().log().ifValidationFails().statusCode(409).contentType("application/problem+json");

        submit(olaToken, round, assessment(2, 5, 3, 4, 1)).statusCode(200);
        submit(olaToken, round, assessment(2, 5, 3, 4, 1)).statusCode(409).contentType("application/problem+json");
        submit(perToken, round, assessment(3, 4, 3, 5, 2)).statusCode(200).body("status", equalTo("OPEN"));

        given().header("Authorization", perToken).when().post("/api/v1/scoring/rounds/{r}/close", round)
                .then().log().ifValidationFails().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", admin(m)).when().post("/api/v1/scoring/rounds/{r}/close", round)
                .then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("result.consensus.consensus", contains(2, 4, 3, 4, 1))
                .body("result.submissions", hasSize(2));
        submit(erikToken, round, assessment(3, 3, 3, 3, 3)).statusCode(409);
        given().header("Authorization", admin(m)).when().post("/api/v1/scoring/rounds/{r}/close", round)
                .then().statusCode(409);
    }

    @Test
    void outsidersCannotSeeOrScoreARound() {
        UUID project = projects.register(m, "Boliger");
        String round = given().header("Authorization", admin(m)).contentType(ContentType.JSON)
                .body(Map.of("assessors", List.of(ola, per)))
                .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                .then().statusCode(201).extract().path("id");
        String stranger = user("stranger-" + m, m.equals("3025") ? "3024" : "3025", "employee", "assessor");
        String colleague = user("colleague-" + m, m, "employee", "assessor");

        read(stranger, round).statusCode(404).contentType("application/problem+json");
        submit(stranger, round, assessment(3, 3, 3, 3, 3)).statusCode(404).contentType("application/problem+json");
        // Same municipality but not named: may read the round, may not score in it.
        read(colleague, round).statusCode(200).body("yourScores", nullValue());
        submit(colleague, round, assessment(3, 3, 3, 3, 3)).statusCode(403).contentType("application/problem+json");
        // An employee without an assessing role may not take part at all.
        read(employee(m), round).statusCode(403);
        read(perToken, round).statusCode(200).body("submitted", empty());

        given().header("Authorization", perToken).queryParam("status", "OPEN")
                .when().get("/api/v1/scoring/rounds")
                .then().log().ifValidationFails().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(round)).body("items[0].projectTitle", equalTo("Boliger"));
        given().header("Authorization", perToken).queryParam("status", "CLOSED")
                .when().get("/api/v1/scoring/rounds")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", perToken).queryParam("status", "HALF")
                .when().get("/api/v1/scoring/rounds")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void roundsNeedAVisibleProjectAndAValidPanel() {
        UUID project = projects.register(m, "Planarbeid");
        String foreign = m.equals("3025") ? "3024" : "3025";
        given().header("Authorization", admin(foreign)).contentType(ContentType.JSON)
                .body(Map.of("assessors", List.of(ola, per)))
                .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json");
        for (Object assessors : new Object[] { List.of(ola), List.of(ola, ola), List.of(ola, "has space"), List.of(ola, "") }) {
            given().header("Authorization", admin(m)).contentType(ContentType.JSON)
                    .body(Map.of("assessors", assessors))
                    .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                    .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                    .body("errors.field[0]", startsWith("assessors"));
        }
        given().header("Authorization", user(per, "3026", "panel-member")).contentType(ContentType.JSON)
                .body(Map.of("assessors", List.of(ola, per)))
                .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                .then().statusCode(403);
        given().header("Authorization", olaToken).queryParam("size", 200)
                .when().get("/api/v1/scoring/rounds")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void submissionsAreValidatedLikeAssessments() {
        UUID project = projects.register(m, "Validering");
        String round = given().header("Authorization", admin(m)).contentType(ContentType.JSON)
                .body(Map.of("assessors", List.of(ola, per)))
                .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                .then().statusCode(201).extract().path("id");
        submit(olaToken, round, assessment(6, 3, 3, 3, 3)).statusCode(400).body("errors.field", hasItem("scores[0].score"));
        read(olaToken, round).statusCode(200).body("submitted", empty());
        given().header("Authorization", olaToken)
                .when().get("/api/v1/scoring/rounds/{r}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
