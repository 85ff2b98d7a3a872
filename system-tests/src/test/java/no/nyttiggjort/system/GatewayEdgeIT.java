package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.nyttiggjort.launcher.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the gateway does at the edge, in the real stack: CORS for the portal's origin only, request
 * bodies over the limit refused, anonymous callers rate-limited per address, and every request in
 * the access log and the per-route metrics, in the caller's trace.
 */
@ExtendWith(RunningStack.class)
class GatewayEdgeIT {

    @Test
    void thePortalsOriginMayCallFromABrowserAndOtherOriginsMayNot() {
        given().header("Origin", Stack.DEMO_PORTAL_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options(gateway() + "/api/v1/projects")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", Stack.DEMO_PORTAL_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));

        given().header("Origin", Stack.DEMO_PORTAL_ORIGIN).header("Authorization", Tokens.bearer("kari.nordmann"))
                .get(gateway() + "/api/v1/projects?size=1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", Stack.DEMO_PORTAL_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));

        String refused = given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .options(gateway() + "/api/v1/projects")
                .then().extract().header("Access-Control-Allow-Origin");
        assertThat("no allow-origin for an unknown origin", refused, nullValue());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblemAndNothingIsStored() {
        String token = Tokens.bearer("kari.nordmann");
        int before = given().header("Authorization", token).get(gateway() + "/api/v1/projects?size=1")
                .then().statusCode(200).extract().path("total");
        String title = "x".repeat(2 * 1024 * 1024);
        given().header("Authorization", token).contentType("application/json")
                .body("{\"title\":\"" + title + "\",\"sector\":\"HEALTH_AND_CARE\"}")
                .post(gateway() + "/api/v1/projects")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        int after = given().header("Authorization", token).get(gateway() + "/api/v1/projects?size=1")
                .then().statusCode(200).extract().path("total");
        assertThat(after, equalTo(before));
    }

    @Test
    void anAnonymousCallerOverItsLimitGets429WithRetryAfterAndRecovers() throws Exception {
        String url = gateway() + "/api/v1/certification/public/certificates/" + UUID.randomUUID() + "/verification";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                sent.add(callers.submit(() -> http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            callers.shutdownNow();
        }
        HttpResponse<String> limited = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("160 anonymous calls at once were never limited"));
        assertThat(limited.headers().firstValue("Content-Type").orElse(""), containsString("application/problem+json"));
        assertThat(limited.body(), containsString("\"status\":429"));
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter, greaterThan(0L));
        assertThat("the others were answered by the service (an unknown certificate)",
                answers.stream().filter(answer -> answer.statusCode() == 404).count(), greaterThan(0L));

        // A signed-in caller is counted on its own, even while this address is limited.
        given().header("Authorization", Tokens.bearer("kari.nordmann")).get(gateway() + "/api/v1/projects?size=1")
                .then().statusCode(200);

        Thread.sleep(retryAfter * 1000 + 2_100); // and a full bucket again for the tests that follow
        given().get(url).then().statusCode(404);

        String metrics = given().get(gateway() + "/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("gateway_rate_limited_total{route=\"certification\""));
    }

    @Test
    void eachRequestIsInTheAccessLogAndTheRouteMetricsUnderTheCallersTrace() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String requestId = "edge-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("ola.hansen"))
                .header("X-Request-Id", requestId)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get(gateway() + "/api/v1/projects?size=1")
                .then().statusCode(200).header("X-Request-Id", requestId);

        String subject = Tokens.claims(Tokens.bearer("ola.hansen").substring("Bearer ".length())).get("sub").asText();
        String line = awaitLogLine(requestId);
        assertThat(line, containsString("caller=" + subject));
        assertThat(line, containsString("route=projects"));
        assertThat(line, containsString("status=200"));
        assertThat(line, containsString("latencyMs="));
        assertThat("the gateway joined the caller's trace", line, containsString(traceId));

        String metrics = given().get(gateway() + "/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("gateway_requests_total{"));
        assertThat(metrics, containsString("route=\"projects\""));
        assertThat(metrics, containsString("gateway_request_duration_seconds_bucket{"));
    }

    private static String awaitLogLine(String requestId) throws Exception {
        var log = RunningStack.stack().logFile(Stack.GATEWAY);
        for (int i = 0; i < 50; i++) {
            for (String line : Files.readAllLines(log)) {
                if (line.contains("requestId=" + requestId)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        assertThat("an access log line for " + requestId + " in " + log, null, notNullValue());
        return "";
    }
}
