package no.nyttiggjort.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test profile allows the origin https://portal.test and no other. */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class CorsTest {

    private static final String PORTAL = "https://portal.test";

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
    void aPreflightFromAnAllowedOriginIsAnsweredByTheGatewayWithoutAToken() {
        String path = "/api/v1/projects/preflight-" + UUID.randomUUID();

        given().header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,x-request-id")
                .when().options(path)
                .then().log().ifValidationFails()
                .statusCode(oneOf(200, 204))
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", allOf(
                        containsStringIgnoringCase("Authorization"), containsStringIgnoringCase("If-Match"),
                        containsStringIgnoringCase("X-Request-Id"), containsStringIgnoringCase("Content-Type")))
                .header("Access-Control-Max-Age", "3600");

        assertThat("a preflight is not proxied", projects.received(path), is(false));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoPermission() {
        String path = "/api/v1/projects/preflight-" + UUID.randomUUID();

        given().header("Origin", "https://evil.test")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options(path)
                .then().log().ifValidationFails()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());

        assertThat(projects.received(path), is(false));
    }

    @Test
    void aRequestFromAnAllowedOriginMayReadTheAnswerAndItsHeaders() {
        given().header("Origin", PORTAL)
                .header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/cors-read")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Expose-Headers", allOf(
                        containsString("X-Request-Id"), containsString("Retry-After"),
                        containsString("ETag"), containsString("Location")))
                .body("path", equalTo("/api/v1/projects/cors-read"));
    }

    @Test
    void aRequestFromAnotherOriginIsRefusedAndNotForwarded() {
        String path = "/api/v1/projects/cors-refused-" + UUID.randomUUID();

        given().header("Origin", "https://evil.test")
                .header("Authorization", TestTokens.user("kari").bearer())
                .when().get(path)
                .then().log().ifValidationFails()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());

        assertThat(projects.received(path), is(false));
    }

    @Test
    void aRequestWithoutOriginIsNotACorsRequest() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/no-origin")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
