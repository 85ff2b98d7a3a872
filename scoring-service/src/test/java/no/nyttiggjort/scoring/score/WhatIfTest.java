package no.nyttiggjort.scoring.score;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.entry;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static no.nyttiggjort.scoring.support.ScoringApi.levels;
import static no.nyttiggjort.scoring.support.ScoringApi.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formula through the API: what-if stores nothing, so it shows the arithmetic alone. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class WhatIfTest {

    private static ValidatableResponse whatIf(Object body) {
        return given().header("Authorization", employee(freshMunicipality())).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/scoring/what-if")
                .then().log().ifValidationFails();
    }

    @Test
    void allFivesScoreOneHundredWithNothingToImprove() {
        whatIf(levels(5, 5, 5, 5, 5)).statusCode(200)
                .contentType(ContentType.JSON)
                .body("score.value", equalTo(1.0f))
                .body("score.percent", equalTo(100.0f))
                .body("blocked", empty())
                .body("bottleneck", empty())
                .body("recommendedFocus", nullValue())
                .body("factors.factor", contains("BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING"))
                .body("factors[0].ifRaised", nullValue())
                .body("factors[0].gain", equalTo(0.0f));
    }

    @Test
    void aZeroFactorMakesTheScoreZeroAndNamesTheBlocker() {
        whatIf(levels(5, 4, 0, 5, 4)).statusCode(200)
                .body("score.value", equalTo(0.0f))
                .body("score.percent", equalTo(0.0f))
                .body("blocked", contains("ILDSJEL"))
                .body("bottleneck", contains("ILDSJEL"))
                .body("recommendedFocus", equalTo("ILDSJEL"))
                // ILDSJEL to 1: 5*4*1*5*4 = 400 of 3125 = 12.8 %.
                .body("factors[2].ifRaised.percent", equalTo(12.8f))
                .body("factors[2].gain", equalTo(12.8f))
                .body("factors[0].gain", equalTo(0.0f));
    }

    @Test
    void percentagesAreRoundedHalfUpToOneDecimal() {
        // 3^5 = 243 of 3125 = 7.776 % → 7.8 (truncation would give 7.7).
        whatIf(levels(3, 3, 3, 3, 3)).statusCode(200)
                .body("score.value", equalTo(0.07776f))
                .body("score.percent", equalTo(7.8f))
                .body("bottleneck", contains("BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING"))
                .body("recommendedFocus", equalTo("BEHOV"))
                // Any factor to 4: 4*81 = 324 → 10.368 %; the gain 2.592 → 2.6.
                .body("factors[4].ifRaised.percent", equalTo(10.4f))
                .body("factors[4].gain", equalTo(2.6f));
    }

    @Test
    void theWeakestFactorHasTheLargestGainAndTiesFollowTheFormulasOrder() {
        whatIf(levels(4, 5, 2, 4, 2)).statusCode(200)
                .body("score.percent", equalTo(10.2f))
                .body("bottleneck", contains("ILDSJEL", "FORANKRING"))
                .body("recommendedFocus", equalTo("ILDSJEL"))
                .body("factors[2].gain", equalTo(5.1f))
                .body("factors[4].gain", equalTo(5.1f))
                .body("factors[0].gain", equalTo(2.6f))
                .body("factors[1].ifRaised", nullValue());
    }

    @Test
    void padriverIsAcceptedForIldsjel() {
        Map<String, Object> body = Map.of("scores", List.of(
                Map.of("factor", "BEHOV", "score", 4), Map.of("factor", "LOSNING", "score", 4),
                Map.of("factor", "PADRIVER", "score", 1), Map.of("factor", "TEAM", "score", 4),
                Map.of("factor", "FORANKRING", "score", 4)));
        whatIf(body).statusCode(200)
                .body("factors[2].factor", equalTo("ILDSJEL"))
                .body("factors[2].level", equalTo(1))
                .body("recommendedFocus", equalTo("ILDSJEL"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            score 6            | 6  | BEHOV    | scores[0].score
            score -1           | -1 | BEHOV    | scores[0].score
            unknown factor     | 3  | SUKSESS  | scores[0].factor
            duplicate factor   | 3  | TEAM     | scores
            """)
    void rejectsBadLevelsNamingTheField(String name, int score, String factor, String field) {
        Map<String, Object> body = Map.of("scores", List.of(
                Map.of("factor", factor, "score", score), Map.of("factor", "LOSNING", "score", 3),
                Map.of("factor", "ILDSJEL", "score", 3), Map.of("factor", "TEAM", "score", 3),
                Map.of("factor", "FORANKRING", "score", 3)));
        whatIf(body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field));
    }

    @Test
    void rejectsAMissingFactorAMissingScoreAndNoBody() {
        whatIf(Map.of("scores", List.of(Map.of("factor", "BEHOV", "score", 3)))).statusCode(400)
                .body("errors.field", hasItem("scores"))
                .body("errors.message", hasItem("TEAM is missing; score all five factors"));
        whatIf(Map.of("scores", List.of(entry("BEHOV", null, null)))).statusCode(400)
                .body("errors.field", hasItem("scores[0].score"));
        whatIf("{\"scores\":[{\"factor\":\"BEHOV\",\"score\":\"3\"}]}").statusCode(400)
                .body("errors.field", hasItem("scores[0].score"));
        given().header("Authorization", employee(freshMunicipality())).contentType(ContentType.JSON)
                .when().post("/api/v1/scoring/what-if")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    @Test
    void aNetworkAnalystMayNotAskWhatIf() {
        given().header("Authorization", user("analyst", freshMunicipality(), "network-analyst"))
                .contentType(ContentType.JSON).body(levels(3, 3, 3, 3, 3))
                .when().post("/api/v1/scoring/what-if")
                .then().log().ifValidationFails().statusCode(403).contentType("application/problem+json");
    }
}
