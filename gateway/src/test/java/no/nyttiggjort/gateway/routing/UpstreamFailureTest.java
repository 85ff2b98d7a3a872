package no.nyttiggjort.gateway.routing;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test profile gives the projects route a 1 s timeout; nothing listens for certification. */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class UpstreamFailureTest {

    private static FakeUpstream projects;

    @BeforeAll
    static void startUpstreams() {
        projects = FakeUpstream.forRoute("projects");
    }

    @AfterAll
    static void stopUpstreams() {
        projects.close();
    }

    @Test
    void anUpstreamThatIsDownIsServiceUnavailable() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .header("X-Request-Id", "down-1")
                .when().get("/api/v1/certification/certificates")
                .then().log().ifValidationFails()
                .spec(problem(503, "/api/v1/certification/certificates"))
                .header("X-Request-Id", "down-1")
                .body("requestId", equalTo("down-1"))
                .body("detail", equalTo("The certification service is not reachable; try again shortly"));
    }

    @Test
    void aStoppedUpstreamIsServiceUnavailableAndServesAgainOnceBack() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/before")
                .then().log().ifValidationFails()
                .statusCode(200);

        projects.stop();
        try {
            given().header("Authorization", TestTokens.user("kari").bearer())
                    .contentType("application/json").body("{\"title\":\"x\"}")
                    .when().post("/api/v1/projects")
                    .then().log().ifValidationFails()
                    .spec(problem(503, "/api/v1/projects"));
        } finally {
            projects.start();
        }

        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/after")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("path", equalTo("/api/v1/projects/after"));
    }

    @Test
    void anUpstreamSlowerThanItsRoutesTimeoutIsAGatewayTimeout() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/slow?delayMs=4000")
                .then().log().ifValidationFails()
                .time(lessThan(3000L))
                .spec(problem(504, "/api/v1/projects/slow"))
                .body("detail", equalTo("The projects service did not answer within 1000 ms"));
    }

    @Test
    void anUpstreamWithinItsRoutesTimeoutIsWaitedFor() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/patient?delayMs=300")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("path", equalTo("/api/v1/projects/patient"));
    }

    @Test
    void anUpstreamThatDropsTheConnectionIsABadGateway() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/broken?abort=true")
                .then().log().ifValidationFails()
                .spec(problem(502, "/api/v1/projects/broken"))
                .body("detail", equalTo("The projects service gave no usable answer"));
    }
}
