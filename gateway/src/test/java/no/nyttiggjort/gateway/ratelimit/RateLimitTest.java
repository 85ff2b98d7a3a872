package no.nyttiggjort.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test profile gives the project-reports route (served by the scoring fake) tiny limits: 3 requests
 * per signed-in caller and 2 per anonymous address, refilled by one a minute, so nothing refills while a
 * test runs. Every test uses callers and client addresses of its own, as buckets outlive a test.
 */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class RateLimitTest {

    private static final String LIMITED = "/api/v1/projects/reports/";
    private static final String PUBLIC_LIMITED = "/api/v1/projects/reports/public/";

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
    void aCallerOverItsLimitGets429WithRetryAfterAndTheRequestGoesNowhere() {
        String token = newCaller();
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("Authorization", token)
                    .when().get(LIMITED + "within-" + remaining)
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .header(RateLimitRoute.LIMIT_HEADER, "3")
                    .header(RateLimitRoute.REMAINING_HEADER, String.valueOf(remaining));
        }
        String refused = LIMITED + "over-" + UUID.randomUUID();

        Response response = given().header("Authorization", token)
                .when().get(refused)
                .then().log().ifValidationFails()
                .spec(problem(429, refused))
                .header(RateLimitRoute.LIMIT_HEADER, "3")
                .header(RateLimitRoute.REMAINING_HEADER, "0")
                .body("detail", containsString("try again"))
                .extract().response();

        int retryAfter = Integer.parseInt(response.header("Retry-After"));
        assertThat("whole seconds until the next token (one a minute)", retryAfter,
                allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(60)));
        assertThat(scoring.received(refused), is(false));
    }

    @Test
    void anotherCallerGetsThroughEveryTimeWhileOneHammersAtItsLimit() throws Exception {
        String hammering = newCaller();
        String other = newCaller();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch limited = new CountDownLatch(1);
            Future<List<Integer>> hammer = pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    int status = get(hammering, LIMITED + "hammer-" + i);
                    statuses.add(status);
                    if (status == 429) {
                        limited.countDown();
                    }
                }
                return statuses;
            });
            assertThat("the first caller reached its limit", limited.await(30, TimeUnit.SECONDS), is(true));
            Callable<List<Integer>> calm = () -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    statuses.add(get(other, LIMITED + "calm-" + i));
                }
                return statuses;
            };
            List<Integer> others = pool.submit(calm).get(30, TimeUnit.SECONDS);

            assertThat(others, everyItem(equalTo(200)));
            assertThat(hammer.get(30, TimeUnit.SECONDS), hasItem(429));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void limitsArePerRouteSoACallerLimitedOnOneRouteIsServedOnAnother() {
        String token = newCaller();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get(LIMITED + "spent-" + i)
                    .then().log().ifValidationFails().statusCode(200);
        }
        given().header("Authorization", token).when().get(LIMITED + "spent-3")
                .then().log().ifValidationFails().statusCode(429);

        // The scoring route keeps the default limits (burst 100) for the same caller.
        given().header("Authorization", token)
                .when().get("/api/v1/scoring/rounds")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header(RateLimitRoute.LIMIT_HEADER, "100")
                .header(RateLimitRoute.REMAINING_HEADER, "99");
    }

    @Test
    void publicPathsAreLimitedPerClientAddressAndAForwardedHeaderDoesNotEscapeIt() {
        RestAssuredConfig first = from("127.0.0.2");
        RestAssuredConfig second = from("127.0.0.3");
        for (int i = 0; i < 2; i++) {
            given().config(first).when().get(PUBLIC_LIMITED + "a-" + i)
                    .then().log().ifValidationFails().statusCode(200);
        }
        given().config(first).when().get(PUBLIC_LIMITED + "a-2")
                .then().log().ifValidationFails()
                .spec(problem(429, PUBLIC_LIMITED + "a-2"));
        // The gateway is not configured behind a trusted proxy, so the header is the caller's say-so.
        given().config(first).header("X-Forwarded-For", "198.51.100.7")
                .when().get(PUBLIC_LIMITED + "a-3")
                .then().log().ifValidationFails().statusCode(429);

        given().config(second).when().get(PUBLIC_LIMITED + "b-0")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header(RateLimitRoute.LIMIT_HEADER, "2")
                .header(RateLimitRoute.REMAINING_HEADER, "1");
    }

    @Test
    void refusalsAreCountedPerRoute() {
        String token = newCaller();
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", token).when().get(LIMITED + "counted-" + i);
        }

        given().when().get("/q/metrics")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(containsString("gateway_rate_limited_total{route=\"project-reports\"}"));
    }

    private static String newCaller() {
        return TestTokens.user("rate-" + UUID.randomUUID()).bearer();
    }

    private static int get(String token, String path) {
        return given().header("Authorization", token).when().get(path).statusCode();
    }

    /** Requests sent from another loopback address, as if from another client. */
    private static RestAssuredConfig from(String address) {
        try {
            return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
