package no.nyttiggjort.scoring;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.assess;
import static no.nyttiggjort.scoring.support.ScoringApi.assessment;
import static no.nyttiggjort.scoring.support.ScoringApi.assessments;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static no.nyttiggjort.scoring.support.ScoringApi.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class SecurityAndOpenApiTest {

    @ParameterizedTest
    @ValueSource(strings = { "employee", "panel-member", "network-analyst", "programme-admin" })
    void onlyAssessorsAndAdminsMayAssessOrOpenRounds(String role) {
        String m = freshMunicipality();
        UUID project = FakeProjectService.get().register(m, "Roller");
        String token = user(role + "-" + m, m, role);
        assess(token, project, assessment(3, 3, 3, 3, 3))
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("assessors", List.of("a", "b")))
                .when().post("/api/v1/scoring/projects/{p}/rounds", project)
                .then().log().ifValidationFails().statusCode(403).contentType("application/problem+json");
        assertEquals(0, assessments(employee(m), project));
    }

    @Test
    void aTokenWithoutAMunicipalityCannotAssess() {
        String m = freshMunicipality();
        UUID project = FakeProjectService.get().register(m, "Eget prosjekt");
        given().header("Authorization", user("noclaim", null, "assessor"))
                .contentType(ContentType.JSON).body(assessment(3, 3, 3, 3, 3))
                .when().post("/api/v1/scoring/projects/{p}/assessments", project)
                .then().log().ifValidationFails().statusCode(404);
        assertEquals(0, assessments(employee(m), project));
    }

    @Test
    void theRubricIsReadableByEveryRoleAndComplete() {
        for (String role : new String[] { "employee", "panel-member", "network-analyst" }) {
            given().header("Authorization", user("reader", "3053", role))
                    .when().get("/api/v1/scoring/rubric")
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("factors.factor", contains("BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING"))
                    .body("factors[2].name.nb", equalTo("Ildsjel (pådriver)"))
                    .body("factors[0].levels", hasSize(6))
                    .body("factors[0].levels.level", contains(0, 1, 2, 3, 4, 5))
                    .body("factors[4].levels[5].en", notNullValue())
                    .body("formula.nb", notNullValue());
        }
        given().when().get("/api/v1/scoring/rubric").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void everyOperationIsDocumentedWithItsErrors() {
        var doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals("createAssessment", doc.getString("paths.'/api/v1/scoring/projects/{projectId}/assessments'.post.operationId"));
        assertEquals("#/components/schemas/Problem", doc.getString(
                "paths.'/api/v1/scoring/projects/{projectId}/score'.get.responses.'503'.content.'application/problem+json'.schema.$ref"));
        assertEquals("#/components/schemas/Problem", doc.getString(
                "paths.'/api/v1/scoring/rounds/{roundId}/scores'.post.responses.'409'.content.'application/problem+json'.schema.$ref"));
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/api/v1/scoring")) {
                assertEquals(true, operation.get("operationId") != null, method + " " + path + " has an operationId");
                assertEquals(true, operation.get("tags") != null, method + " " + path + " has a tag");
                assertEquals(true, operation.get("summary") != null, method + " " + path + " has a summary");
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertEquals(true, responses.containsKey("401") && responses.containsKey("403"), method + " " + path);
            }
        }));
    }
}
