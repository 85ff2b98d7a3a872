package no.nyttiggjort.gateway.routing;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class ProxyRouteTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static FakeUpstream projects;
    private static FakeUpstream scoring;

    @BeforeAll
    static void startUpstreams() {
        projects = FakeUpstream.forRoute("projects");
        scoring = FakeUpstream.forRoute("scoring");
    }

    @AfterAll
    static void stopUpstreams() {
        projects.close();
        scoring.close();
    }

    @Test
    void getIsProxiedWithPathQueryAndTokenUnchanged() {
        String token = TestTokens.user("kari").bearer();

        ExtractableResponse<Response> response = given().header("Authorization", token)
                .when().get("/api/v1/projects/3f1c/timeline?page=1&size=5")
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("X-Upstream", "projects")
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/projects/3f1c/timeline"))
                .body("query", equalTo("page=1&size=5"))
                .body("authorization", equalTo(token))
                .extract();

        assertThat("the id the gateway generated is the one the service saw",
                response.path("requestId"), equalTo(response.header("X-Request-Id")));
    }

    @Test
    void postIsProxiedWithBodyAndTheUpstreamsStatusAndHeaders() {
        String json = "{\"title\":\"Aktivitetsplikt for unge\",\"sector\":\"NAV_SOSIAL\"}";

        given().header("Authorization", TestTokens.user("kari").bearer())
                .contentType(ContentType.JSON)
                .body(json)
                .when().post("/api/v1/projects?status=201")
                .then().log().ifValidationFails()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("X-Upstream", "projects")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/projects"))
                .body("contentType", equalTo("application/json"))
                .body("body", equalTo(json));
    }

    @Test
    void upstreamErrorsArePassedThroughAsTheyAre() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/scoring/models/x?status=409")
                .then().log().ifValidationFails()
                .statusCode(409)
                .header("X-Upstream", "scoring")
                .body("path", equalTo("/api/v1/scoring/models/x"));
    }

    @Test
    void aWellFormedRequestIdIsPropagatedAndEchoed() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .header("X-Request-Id", "journey-42.step:3")
                .when().get("/api/v1/scoring/rounds")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("X-Request-Id", "journey-42.step:3")
                .body("requestId", equalTo("journey-42.step:3"));
    }

    @Test
    void aMalformedRequestIdIsReplacedBeforeItReachesLogsOrServices() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .header("X-Request-Id", "<script>")
                .when().get("/api/v1/scoring/rounds")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void theLongestPrefixWins() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/reports/2026")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("X-Upstream", "scoring")
                .body("path", equalTo("/api/v1/projects/reports/2026"));

        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/reportsX")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("X-Upstream", "projects");
    }

    @Test
    void aPrefixMatchesItselfAndWithAQuery() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects?sector=PLAN")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("X-Upstream", "projects")
                .body("path", equalTo("/api/v1/projects"))
                .body("query", equalTo("sector=PLAN"));
    }

    @Test
    void aPrefixDoesNotMatchInsideASegment() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projectsX")
                .then().log().ifValidationFails()
                .spec(problem(404, "/api/v1/projectsX"));

        assertThat(projects.received("/api/v1/projectsX"), is(false));
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        String requestId = given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/nothing-here/1")
                .then().log().ifValidationFails()
                .spec(problem(404, "/api/v1/nothing-here/1"))
                .body("detail", equalTo("No service serves this path"))
                .extract().header("X-Request-Id");

        given().header("Authorization", TestTokens.user("kari").bearer())
                .header("X-Request-Id", "lost-1")
                .when().get("/api/v1/nothing-here/1")
                .then().log().ifValidationFails()
                .spec(problem(404, "/api/v1/nothing-here/1"))
                .header("X-Request-Id", "lost-1")
                .body("requestId", equalTo("lost-1"));
        assertThat(requestId, matchesPattern(UUID_PATTERN));
    }

    @Test
    void aPathThatNormalisesElsewhereIsRefused() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .urlEncodingEnabled(false)
                .when().get("/api/v1/scoring/x/../../projects/1")
                .then().log().ifValidationFails()
                .spec(problem(400, "/api/v1/scoring/x/../../projects/1"))
                .body("errors[0].field", equalTo("path"));

        assertThat(projects.received("/api/v1/projects/1"), is(false));
    }

    @Test
    void connectionsToAnUpstreamAreKeptAlive() {
        int first = given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/scoring/a")
                .then().log().ifValidationFails().statusCode(200).extract().path("clientPort");
        int second = given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/scoring/b")
                .then().log().ifValidationFails().statusCode(200).extract().path("clientPort");

        assertThat("the second call reused the pooled connection", second, equalTo(first));
    }

    @Test
    void metricsKeepOneSeriesPerRouteNotPerId() {
        String id = UUID.randomUUID().toString();
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(200);

        given()
                .when().get("/q/metrics")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(containsString("uri=\"/api/v1/projects/**\""))
                .body(not(containsString(id)));
    }

    @Test
    void aRequestWithoutBodyReachesTheUpstreamWithoutOne() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .header("If-Match", "\"3\"")
                .when().delete("/api/v1/projects/3f1c")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("X-Upstream", "projects")
                .body("method", equalTo("DELETE"))
                .body("contentType", nullValue())
                .body("body", equalTo(""));
    }

    @Test
    void oneKeepAliveConnectionCarriesRequestAfterRequest() throws IOException {
        String token = TestTokens.user("kari").bearer();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            String json = "{\"title\":\"Bergerbakken\"}";
            String[] requests = {
                "GET /api/v1/projects/k1 HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + token + "\r\n\r\n",
                "PUT /api/v1/projects/k2 HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json,
                "DELETE /api/v1/projects/k3 HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + token + "\r\n\r\n",
                "POST /api/v1/projects/k4 HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json,
                "GET /api/v1/projects/k5 HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + token + "\r\n\r\n"};
            for (int i = 0; i < requests.length; i++) {
                out.write(requests[i].getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = readResponse(in);
                assertThat(answer, startsWith("HTTP/1.1 200"));
                assertThat(answer, containsString("\"path\":\"/api/v1/projects/k" + (i + 1) + "\""));
            }
            assertThat(projects.received("/api/v1/projects/k5"), is(true));
        }
    }

    /** One HTTP/1.1 response with a Content-Length or chunked body, read off the connection. */
    private static String readResponse(DataInputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        String headers = head.toString().toLowerCase(Locale.ROOT);
        StringBuilder body = new StringBuilder();
        Matcher length = Pattern.compile("content-length: *(\\d+)").matcher(headers);
        if (length.find()) {
            byte[] bytes = new byte[Integer.parseInt(length.group(1))];
            in.readFully(bytes);
            body.append(new String(bytes, StandardCharsets.UTF_8));
        } else {
            while (true) {
                int size = Integer.parseInt(readLine(in).trim(), 16);
                if (size == 0) {
                    readLine(in);
                    break;
                }
                byte[] bytes = new byte[size];
                in.readFully(bytes);
                body.append(new String(bytes, StandardCharsets.UTF_8));
                readLine(in);
            }
        }
        return head + body.toString();
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (!line.toString().endsWith("\r\n")) {
            line.append((char) in.readUnsignedByte());
        }
        return line.toString();
    }
}
