package no.nyttiggjort.scoring.assessment;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.assess;
import static no.nyttiggjort.scoring.support.ScoringApi.assessments;
import static no.nyttiggjort.scoring.support.ScoringApi.assessor;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input gets a 400 problem naming the field, and nothing is stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class AssessmentValidationTest {

    private static final String OK_REST = """
            {"factor":"LOSNING","score":3,"justification":"ok"},
            {"factor":"ILDSJEL","score":3,"justification":"ok"},
            {"factor":"TEAM","score":3,"justification":"ok"}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            score 6               | {"factor":"BEHOV","score":6,"justification":"x"},{"factor":"FORANKRING","score":3,"justification":"ok"}     | scores[0].score
            score -1              | {"factor":"BEHOV","score":-1,"justification":"x"},{"factor":"FORANKRING","score":3,"justification":"ok"}    | scores[0].score
            missing score         | {"factor":"BEHOV","justification":"x"},{"factor":"FORANKRING","score":3,"justification":"ok"}               | scores[0].score
            fractional score      | {"factor":"BEHOV","score":2.5,"justification":"x"},{"factor":"FORANKRING","score":3,"justification":"ok"}   | scores[0].score
            missing justification | {"factor":"BEHOV","score":3},{"factor":"FORANKRING","score":3,"justification":"ok"}                         | scores[0].justification
            blank justification   | {"factor":"BEHOV","score":3,"justification":"  "},{"factor":"FORANKRING","score":3,"justification":"ok"}    | scores[0].justification
            unknown factor        | {"factor":"SUKSESS","score":3,"justification":"x"},{"factor":"FORANKRING","score":3,"justification":"ok"}   | scores[0].factor
            lower-case factor     | {"factor":"behov","score":3,"justification":"x"},{"factor":"FORANKRING","score":3,"justification":"ok"}     | scores[0].factor
            duplicate factor      | {"factor":"BEHOV","score":3,"justification":"x"},{"factor":"BEHOV","score":3,"justification":"ok"}          | scores
            alias duplicate       | {"factor":"BEHOV","score":3,"justification":"x"},{"factor":"PADRIVER","score":3,"justification":"ok"}       | scores
            missing factor        | {"factor":"BEHOV","score":3,"justification":"x"}                                                            | scores
            """)
    void rejectsBadScoresNamingTheFieldAndStoresNothing(String name, String first, String field) {
        String m = freshMunicipality();
        UUID project = FakeProjectService.get().register(m, "Validering");
        String body = "{\"scores\":[" + first + "," + OK_REST + "]}";
        assess(assessor(m), project, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("type", equalTo("https://nyttiggjort.no/problems/validation"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
        assertEquals(0, assessments(employee(m), project), "nothing may be stored for a rejected request");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{}", "{\"scores\":null}", "{\"scores\":[]}", "[1,2]", "{\"scores\":[", "{\"scores\":[null]}" })
    void rejectsMalformedBodies(String body) {
        String m = freshMunicipality();
        UUID project = FakeProjectService.get().register(m, "Validering");
        assess(assessor(m), project, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", notNullValue());
        assertEquals(0, assessments(employee(m), project));
    }

    @Test
    void rejectsATooLongJustification() {
        String m = freshMunicipality();
        UUID project = FakeProjectService.get().register(m, "Validering");
        String body = "{\"scores\":[{\"factor\":\"BEHOV\",\"score\":3,\"justification\":\"" + "x".repeat(2001) + "\"},"
                + "{\"factor\":\"FORANKRING\",\"score\":3,\"justification\":\"ok\"}," + OK_REST + "]}";
        assess(assessor(m), project, body).statusCode(400).body("errors.field", hasItem("scores[0].justification"));
        assertEquals(0, assessments(employee(m), project));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({ "size,201", "size,0", "size,abc", "page,-1", "page,x" })
    void rejectsBadPagingOnEveryList(String parameter, String value) {
        String m = freshMunicipality();
        UUID project = FakeProjectService.get().register(m, "Paging");
        for (String path : new String[] { "/api/v1/scoring/projects/" + project + "/assessments",
                "/api/v1/scoring/projects/" + project + "/history", "/api/v1/scoring/portfolio", "/api/v1/scoring/rounds" }) {
            given().header("Authorization", assessor(m)).queryParam(parameter, value)
                    .when().get(path)
                    .then().log().ifValidationFails()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(parameter));
        }
    }

    @Test
    void unknownIdsAndWrongMediaTypesAreProblems() {
        String m = freshMunicipality();
        given().header("Authorization", assessor(m))
                .when().get("/api/v1/scoring/projects/not-a-uuid/score")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", assessor(m)).contentType(ContentType.TEXT).body("tekst")
                .when().post("/api/v1/scoring/what-if")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", assessor(m))
                .when().delete("/api/v1/scoring/rubric")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
