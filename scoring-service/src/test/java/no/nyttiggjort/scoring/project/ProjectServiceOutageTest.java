package no.nyttiggjort.scoring.project;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.assess;
import static no.nyttiggjort.scoring.support.ScoringApi.assessment;
import static no.nyttiggjort.scoring.support.ScoringApi.assessments;
import static no.nyttiggjort.scoring.support.ScoringApi.assessor;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.freshMunicipality;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.util.UUID;
import no.nyttiggjort.scoring.project.client.ProjectDirectory;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When project-service cannot answer, callers get a 503 problem, never a 500, and the breaker opens. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class ProjectServiceOutageTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void restore() {
        FakeProjectService.get();
        breakers.resetAll();
    }

    @Test
    void projectServiceDownIsA503AndNothingIsStored() {
        String m = freshMunicipality();
        FakeProjectService projects = FakeProjectService.get();
        UUID project = projects.register(m, "Nedetid");
        projects.stop();

        assess(assessor(m), project, assessment(3, 3, 3, 3, 3))
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("title", equalTo("Service unavailable"))
                .body("requestId", notNullValue());
        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/score", project)
                .then().log().ifValidationFails().statusCode(503).contentType("application/problem+json");

        breakers.resetAll();
        projects.start();
        assertEquals(0, assessments(employee(m), project));
    }

    @Test
    void aSlowProjectServiceTimesOutIntoA503() {
        String m = freshMunicipality();
        FakeProjectService projects = FakeProjectService.get();
        UUID project = projects.register(m, "Treg");
        projects.mode(FakeProjectService.Mode.SLOW);
        // Three attempts of 500 ms each (test profile), not the REST client's 2 s read timeout each.
        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/history", project)
                .then().log().ifValidationFails().statusCode(503).contentType("application/problem+json")
                .time(lessThan(2500L));
    }

    @Test
    void repeatedFailuresOpenTheBreakerWhichThenAnswersWithoutCallingProjectService() {
        String m = freshMunicipality();
        FakeProjectService projects = FakeProjectService.get();
        UUID project = projects.register(m, "Brudd");
        projects.mode(FakeProjectService.Mode.FAILING);
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(ProjectDirectory.BREAKER));

        for (int i = 0; i < 2; i++) {
            given().header("Authorization", employee(m))
                    .when().get("/api/v1/scoring/projects/{p}/score", project)
                    .then().log().ifValidationFails().statusCode(503).contentType("application/problem+json");
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState(ProjectDirectory.BREAKER));

        projects.mode(FakeProjectService.Mode.HEALTHY);
        int before = projects.requests();
        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/score", project)
                .then().log().ifValidationFails().statusCode(503).contentType("application/problem+json");
        assertEquals(before, projects.requests(), "an open breaker does not call project-service");

        breakers.resetAll();
        given().header("Authorization", employee(m))
                .when().get("/api/v1/scoring/projects/{p}/history", project)
                .then().statusCode(200);
    }

    @Test
    void aForeignProjectNeverOpensTheBreaker() {
        String m = freshMunicipality();
        UUID foreign = FakeProjectService.get().register(m.equals("1111") ? "2222" : "1111", "Fremmed");
        for (int i = 0; i < 6; i++) {
            given().header("Authorization", employee(m))
                    .when().get("/api/v1/scoring/projects/{p}/score", foreign)
                    .then().statusCode(404);
        }
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(ProjectDirectory.BREAKER));
    }
}
