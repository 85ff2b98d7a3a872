package no.nyttiggjort.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Prometheus series per route at /q/metrics, compared before and after this test's own requests. */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class GatewayMetricsTest {

    private static final String OK = "gateway_requests_total{method=\"GET\",route=\"scoring\",status_class=\"2xx\"}";
    private static final String CLIENT_ERRORS = "gateway_requests_total{method=\"GET\",route=\"scoring\",status_class=\"4xx\"}";
    private static final String SERVER_ERRORS = "gateway_requests_total{method=\"GET\",route=\"scoring\",status_class=\"5xx\"}";
    private static final String DURATIONS = "gateway_request_duration_seconds_count{method=\"GET\",route=\"scoring\"}";

    private static FakeUpstream scoring;

    @BeforeAll
    static void startUpstreams() {
        scoring = FakeUpstream.forRoute("scoring");
    }

    @AfterAll
    static void stopUpstreams() {
        scoring.close();
    }

    @Test
    void requestsAreCountedPerRouteAndStatusClassAndTimed() {
        String before = scrape();
        String token = TestTokens.user("metrics-" + UUID.randomUUID()).bearer();

        given().header("Authorization", token).when().get("/api/v1/scoring/ok").then().statusCode(200);
        given().header("Authorization", token).when().get("/api/v1/scoring/ok").then().statusCode(200);
        given().header("Authorization", token).when().get("/api/v1/scoring/missing?status=404").then().statusCode(404);
        given().header("Authorization", token).when().get("/api/v1/scoring/broken?status=503").then().statusCode(503);
        given().when().get("/api/v1/scoring/no-token").then().statusCode(401);

        String after = awaitScrape(metrics -> value(metrics, DURATIONS) >= value(before, DURATIONS) + 5);
        assertThat(value(after, OK) - value(before, OK), equalTo(2.0));
        assertThat("the 404 of the service and the 401 of the gateway",
                value(after, CLIENT_ERRORS) - value(before, CLIENT_ERRORS), equalTo(2.0));
        assertThat(value(after, SERVER_ERRORS) - value(before, SERVER_ERRORS), equalTo(1.0));
        assertThat(value(after, DURATIONS) - value(before, DURATIONS), equalTo(5.0));
    }

    @Test
    void latencyIsAHistogramWithBucketsAndNoPathEverBecomesALabel() {
        String id = UUID.randomUUID().toString();
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/scoring/assessments/{id}", id)
                .then().statusCode(200);

        String metrics = awaitScrape(text -> value(text, DURATIONS) > 0);
        long buckets = metrics.lines()
                .filter(line -> line.startsWith("gateway_request_duration_seconds_bucket{method=\"GET\",route=\"scoring\",le="))
                .count();
        assertThat("buckets between 1 ms and 30 s, and +Inf", buckets, greaterThan(10L));
        assertThat(metrics, containsString("gateway_request_duration_seconds_bucket{method=\"GET\",route=\"scoring\",le=\"+Inf\"}"));
        assertThat(value(metrics, "gateway_request_duration_seconds_sum{method=\"GET\",route=\"scoring\"}"), greaterThan(0.0));
        assertThat(metrics, not(containsString(id)));
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** Metrics are recorded once an answer has gone out, so they may trail the client by a moment. */
    private static String awaitScrape(Predicate<String> ready) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String metrics = scrape();
        while (!ready.test(metrics) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            metrics = scrape();
        }
        return metrics;
    }

    /** The sample's value, or 0 when the series does not exist yet. */
    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
