package no.nyttiggjort.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.nyttiggjort.common.problem.Problem;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies above quarkus.http.limits.max-body-size (1M) are refused with a 413 problem and never forwarded. */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class BodySizeLimitTest {

    private static final int LIMIT = 1024 * 1024;

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
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        String path = "/api/v1/projects/declared-" + UUID.randomUUID();

        RawHttp.Answer answer = RawHttp.sendDeclared(path, bearer(), LIMIT + 1L,
                "{\"title\":\"".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status(), is(413));
        assertThat(answer.header("Content-Type"), equalTo(Problem.MEDIA_TYPE));
        assertThat(answer.header("X-Request-Id"), notNullValue());
        assertProblem(answer.body(), path);
        assertThat(projects.received(path), is(false));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithAProblem() throws Exception {
        String path = "/api/v1/projects/chunked-" + UUID.randomUUID();

        RawHttp.Answer answer = RawHttp.sendChunked(path, bearer(), 3 * LIMIT, 64 * 1024);

        assertThat(answer.status(), is(413));
        assertThat(answer.header("Content-Type"), equalTo(Problem.MEDIA_TYPE));
        assertProblem(answer.body(), path);
        assertThat(projects.received(path), is(false));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsForwardedWhole() throws Exception {
        String path = "/api/v1/projects/chunked-ok-" + UUID.randomUUID();

        RawHttp.Answer answer = RawHttp.sendChunked(path, bearer(), 200 * 1024, 16 * 1024);

        assertThat(answer.head(), answer.status(), is(200));
        JsonPath echo = new JsonPath(answer.body());
        assertThat(echo.getString("path"), equalTo(path));
        assertThat(echo.getString("body").length(), is(200 * 1024));
    }

    @Test
    void aBodyJustWithinTheLimitIsForwarded() {
        String json = "{\"text\":\"" + "x".repeat(LIMIT - 20) + "\"}";

        given().header("Authorization", bearer())
                .contentType(ContentType.JSON)
                .body(json)
                .when().post("/api/v1/projects/large")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/v1/projects/large"))
                .body("body.length()", equalTo(json.length()));
    }

    private static void assertProblem(String body, String path) {
        JsonPath problem = new JsonPath(body);
        assertThat(problem.getInt("status"), is(413));
        assertThat(problem.getString("type"), equalTo(Problem.TYPE_BASE + "payload-too-large"));
        assertThat(problem.getString("title"), equalTo("Request body too large"));
        assertThat(problem.getString("instance"), equalTo(path));
        assertThat(problem.getString("requestId"), notNullValue());
        assertThat(body, containsString("detail"));
    }

    private static String bearer() {
        return TestTokens.user("body-" + UUID.randomUUID()).bearer();
    }
}
