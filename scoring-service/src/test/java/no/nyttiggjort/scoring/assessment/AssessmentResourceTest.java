package no.nyttiggjort.scoring.assessment;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.admin;
import static no.nyttiggjort.scoring.support.ScoringApi.assess;
import static no.nyttiggjort.scoring.support.ScoringApi.assessment;
import static no.nyttiggjort.scoring.support.ScoringApi.assessments;
import static no.nyttiggjort.scoring.support.ScoringApi.assessor;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class AssessmentResourceTest {

    private FakeProjectService projects;

    @BeforeEach
    void projectServiceIsUp() {
        projects = FakeProjectService.get();
    }

    @Test
    void anAssessorRecordsAnAssessmentThatAnEmployeeCanRead() {
        String m = freshMunicipality();
        UUID project = projects.register(m, "Aktivitetsplikt for unge");
        String token = assessor(m);

        var created = assess(token, project, assessment(4, 3, 5, 2, 4))
                .statusCode(201)
                .body("id", notNullValue())
                .body("projectId", equalTo(project.toString()))
                .body("projectTitle", equalTo("Aktivitetsplikt for unge"))
                .body("assessor", equalTo("assessor-" + m))
                .body("assessedAt", notNullValue())
                .body("scores.factor", contains("BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING"))
                .body("scores.score", contains(4, 3, 5, 2, 4))
                .body("scores[0].justification", equalTo("Begrunnelse for behov"))
                // 4*3*5*2*4 = 480 of 3125 = 15.36 %.
                .body("score.value", equalTo(0.1536f))
                .body("score.percent", equalTo(15.4f))
                .body("blocked", empty())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/scoring/projects/" + project + "/assessments/" + id));
        assertEquals(token, projects.lastAuthorization(), "project-service is asked with the caller's own token");

        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/assessments/{id}", project, id)
                .then().log().ifValidationFails()
                .statusCode(200).body("id", equalTo(id)).body("scores.score", contains(4, 3, 5, 2, 4));

        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/score", project)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("projectId", equalTo(project.toString()))
                .body("basedOn.kind", equalTo("ASSESSMENT"))
                .body("basedOn.id", equalTo(id))
                .body("analysis.score.percent", equalTo(15.4f))
                .body("analysis.bottleneck", contains("TEAM"))
                .body("analysis.recommendedFocus", equalTo("TEAM"))
                // TEAM to 3: 720 → 23.04 %, a gain of 7.68 points.
                .body("analysis.factors[3].ifRaised.percent", equalTo(23.0f))
                .body("analysis.factors[3].gain", equalTo(7.7f));
    }

    @Test
    void aServiceAccountReadsAnyProjectsScoreByIdButCannotAssess() {
        String m = freshMunicipality();
        UUID project = projects.register(m, "Plass til tre nye trinn");
        assess(assessor(m), project, assessment(4, 4, 4, 4, 2)).statusCode(201);
        String service = TestTokens.user("service-account-certification-service").municipality(null).roles("service").bearer();
        int asked = projects.requests();

        given().header("Authorization", service)
                .when().get("/api/v1/scoring/projects/{p}/score", project)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("projectId", equalTo(project.toString()))
                .body("analysis.recommendedFocus", equalTo("FORANKRING"));
        assertEquals(asked, projects.requests(), "a service reads by id, without asking project-service for a user");

        assess(service, project, assessment(5, 5, 5, 5, 5)).statusCode(403);
        given().header("Authorization", service)
                .when().get("/api/v1/scoring/projects/{p}/assessments", project)
                .then().statusCode(403);
        assertEquals(1, assessments(assessor(m), project));
    }

    @Test
    void aCorrectionIsANewAssessmentAndTheLatestCounts() {
        String m = freshMunicipality();
        UUID project = projects.register(m, "Byggesak: rett informasjon til rett tid");
        String first = assess(admin(m), project, assessment(3, 0, 4, 4, 4)).statusCode(201)
                .body("blocked", contains("LOSNING")).body("score.percent", equalTo(0.0f)).extract().path("id");
        String second = assess(assessor(m), project, assessment(3, 2, 4, 4, 4)).statusCode(201).extract().path("id");

        given().header("Authorization", employee(m)).queryParam("size", 1)
                .when().get("/api/v1/scoring/projects/{p}/assessments", project)
                .then().log().ifValidationFails()
                .statusCode(200).body("total", equalTo(2)).body("size", equalTo(1)).body("page", equalTo(0))
                .body("items", hasSize(1)).body("items[0].id", equalTo(second));

        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/history", project)
                .then().log().ifValidationFails()
                .statusCode(200).body("total", equalTo(2))
                .body("items.id", contains(second, first))
                .body("items.kind", contains("ASSESSMENT", "ASSESSMENT"))
                .body("items[1].blocked", contains("LOSNING"))
                .body("items[0].levels.score", contains(3, 2, 4, 4, 4))
                .body("items[0].score.percent", equalTo(12.3f));

        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/score", project)
                .then().statusCode(200).body("basedOn.id", equalTo(second)).body("analysis.blocked", empty());
    }

    @Test
    void anotherMunicipalitysProjectIsNotFoundAndNothingIsStored() {
        String mine = freshMunicipality();
        String theirs = mine.equals("1234") ? "4321" : "1234";
        UUID project = projects.register(mine, "Bolig til flyktninger");

        assess(assessor(theirs), project, assessment(3, 3, 3, 3, 3))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/scoring/projects/" + project + "/assessments"));
        for (String path : new String[] { "assessments", "score", "history", "chart.svg" }) {
            given().header("Authorization", employee(theirs))
                    .when().get("/api/v1/scoring/projects/{p}/" + path, project)
                    .then().log().ifValidationFails()
                    .statusCode(404).contentType("application/problem+json");
        }
        assertEquals(0, assessments(employee(mine), project));
    }

    @Test
    void anUnscoredProjectHasNoScoreYet() {
        String m = freshMunicipality();
        UUID project = projects.register(m, "Planarbeid");
        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/score", project)
                .then().log().ifValidationFails()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://nyttiggjort.no/problems/not-scored"));
        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/history", project)
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    }
}
