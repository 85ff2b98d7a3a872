package no.nyttiggjort.gateway.web;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only callers with a valid token of our realm and audience get through to a service. */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class GatewaySecurityTest {

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
    void noTokenIsUnauthorizedAndNotProxied() {
        given()
                .when().get("/api/v1/projects/no-token")
                .then().log().ifValidationFails()
                .spec(problem(401, "/api/v1/projects/no-token"))
                .header("WWW-Authenticate", containsString("Bearer"));

        assertThat(projects.received("/api/v1/projects/no-token"), is(false));
    }

    @Test
    void certificateVerificationIsPublicButTheRestOfCertificationIsNot() {
        try (FakeUpstream certification = FakeUpstream.forRoute("certification")) {
            given()
                    .when().get("/api/v1/certification/public/certificates/abc/verification")
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .body("path", equalTo("/api/v1/certification/public/certificates/abc/verification"));

            given()
                    .when().get("/api/v1/certification/programmes")
                    .then().log().ifValidationFails()
                    .spec(problem(401, "/api/v1/certification/programmes"));
            assertThat(certification.received("/api/v1/certification/programmes"), is(false));
        }
    }

    @Test
    void aForgedTokenIsUnauthorized() {
        rejected(TestTokens.user("mallory").forged().bearer(), "/api/v1/projects/forged");
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        rejected(TestTokens.user("kari").expired().bearer(), "/api/v1/projects/expired");
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() {
        rejected(TestTokens.user("kari").audience("some-other-api").bearer(), "/api/v1/projects/audience");
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorized() {
        rejected(TestTokens.user("kari").issuer("https://elsewhere.test/realms/nyttiggjort").bearer(),
                "/api/v1/projects/issuer");
    }

    @Test
    void garbageInsteadOfATokenIsUnauthorized() {
        rejected("Bearer not-a-jwt", "/api/v1/projects/garbage");
    }

    @Test
    void anUnknownApiPathWithoutTokenIsUnauthorizedRatherThanRevealingRoutes() {
        given()
                .when().get("/api/v1/nothing-here")
                .then().log().ifValidationFails()
                .spec(problem(401, "/api/v1/nothing-here"));
    }

    @Test
    void healthMetricsAndTheApiDescriptionNeedNoToken() {
        given().when().get("/q/health/live").then().log().ifValidationFails().statusCode(200);
        // Answered, not refused: DOWN only because nothing serves certification in the test profile.
        given().when().get("/q/health/ready").then().log().ifValidationFails()
                .statusCode(503)
                .body("status", equalTo("DOWN"));
        given().when().get("/q/openapi").then().log().ifValidationFails().statusCode(200);
        given().when().get("/q/metrics").then().log().ifValidationFails().statusCode(200);
    }

    private static void rejected(String authorization, String path) {
        given().header("Authorization", authorization)
                .header("X-Request-Id", "rejected-1")
                .when().get(path)
                .then().log().ifValidationFails()
                .spec(problem(401, path))
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Request-Id", "rejected-1")
                .body("requestId", equalTo("rejected-1"));

        assertThat(projects.received(path), is(false));
    }
}
