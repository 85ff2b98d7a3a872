package no.nyttiggjort.gateway.routing;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstream.Mode;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.gateway.support.TwoInstancesProfile;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A route with two instances: balancing, circuit breakers, retries and health checks, seen from the
 * caller. The profile opens a breaker after three failures and tries again after two seconds.
 */
@QuarkusTest
@TestProfile(TwoInstancesProfile.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class InstanceBalancingTest {

    private static final String PATH = TwoInstancesProfile.PREFIX + "/items";

    private static FakeUpstream first;
    private static FakeUpstream second;

    @BeforeAll
    static void startInstances() {
        first = FakeUpstream.forInstance("replicas", 0);
        second = FakeUpstream.forInstance("replicas", 1);
    }

    @AfterAll
    static void stopInstances() {
        first.close();
        second.close();
    }

    /** Both instances up, ready and serving, breakers closed again after whatever the last test did. */
    @BeforeEach
    void bothInstancesServe() {
        for (FakeUpstream instance : List.of(first, second)) {
            instance.mode(Mode.SERVE).ready(true).start();
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> servedBy(get(4)).size() == 2);
        first.clearHits();
        second.clearHits();
    }

    @Test
    void requestsAreSpreadOverBothInstances() {
        List<Response> answers = get(10);

        assertThat(statuses(answers), everyItem(is(200)));
        assertThat(first.hits(PATH), is(5L));
        assertThat(second.hits(PATH), is(5L));
    }

    @Test
    void anInstanceThatRefusesConnectionsIsTakenOutWithoutAFailedGet() {
        second.stop();

        List<Response> answers = get(30);

        assertThat("every GET was answered, by the instance that is up", statuses(answers), everyItem(is(200)));
        assertThat(servedBy(answers), equalTo(Set.of(first.port())));
        given()
                .when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .body("checks.find { it.name == 'upstream replicas' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream replicas' }.data.ready", equalTo("1 of 2"))
                .body("checks.find { it.name == 'upstream replicas' }.data['" + second.url() + "']",
                        containsString("not ready"));
    }

    @Test
    void anInstanceThatDropsRequestsOpensItsBreakerAndGetsAreRetriedOnTheOther() {
        // Its health check still says UP: only the breaker, fed by real traffic, can take it out.
        second.mode(Mode.DROP);

        List<Response> answers = get(20);

        assertThat(statuses(answers), everyItem(is(200)));
        assertThat(servedBy(answers), equalTo(Set.of(first.port())));
        assertThat("the dropped GETs reached it once each, and no more once its breaker opened",
                second.hits(PATH), is(3L));
        assertThat(first.hits(PATH), is(20L));
        given()
                .when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .body("checks.find { it.name == 'upstream replicas' }.data['" + second.url() + "']",
                        equalTo("ready, circuit OPEN, out of rotation"));
    }

    @Test
    void aPostIsNeverSentTwice() {
        second.mode(Mode.DROP);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            statuses.add(given().header("Authorization", TestTokens.user("kari").bearer())
                    .contentType("application/json").body("{\"title\":\"Aktivitetsplikt\"}")
                    .when().post(PATH + "?status=201")
                    .then().log().ifValidationFails().extract().statusCode());
        }

        assertThat("round-robin sent one POST to each instance", statuses.stream().sorted().toList(), equalTo(List.of(201, 502)));
        assertThat(second.hits(PATH), is(1L));
        assertThat("the POST the dropping instance lost was not sent to the other", first.hits(PATH), is(1L));
    }

    @Test
    void aPutThatReachedAnInstanceIsNotSentAgain() {
        second.mode(Mode.DROP);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            statuses.add(given().header("Authorization", TestTokens.user("kari").bearer())
                    .header("If-Match", "\"3\"")
                    .contentType("application/json").body("{\"title\":\"Aktivitetsplikt\"}")
                    .when().put(PATH + "/42")
                    .then().log().ifValidationFails().extract().statusCode());
        }

        assertThat(statuses.stream().sorted().toList(), equalTo(List.of(200, 502)));
        assertThat(first.hits(PATH + "/42"), is(1L));
        assertThat(second.hits(PATH + "/42"), is(1L));
    }

    @Test
    void aPutIsSentToTheOtherInstanceWhenItCouldNotReachTheFirst() {
        // Stopped, and not yet noticed by a health check: the connection is refused, nothing was sent.
        second.stop();

        for (int i = 0; i < 2; i++) {
            given().header("Authorization", TestTokens.user("kari").bearer())
                    .header("If-Match", "\"3\"")
                    .contentType("application/json").body("{\"title\":\"Aktivitetsplikt\"}")
                    .when().put(PATH + "/43")
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .body("instance", equalTo(first.port()))
                    .body("body", equalTo("{\"title\":\"Aktivitetsplikt\"}"));
        }
    }

    @Test
    void whenEveryBreakerIsOpenTheAnswerIsImmediateAndTheInstancesRecoverThroughHalfOpen() {
        first.mode(Mode.HANG);
        second.mode(Mode.HANG);

        // Each hanging instance times out (504, never retried) until its breaker opens.
        List<Integer> timedOut = new ArrayList<>();
        int status = 0;
        for (int i = 0; i < 10 && status != 503; i++) {
            status = get(1).get(0).statusCode();
            if (status != 503) {
                timedOut.add(status);
            }
        }
        assertThat(timedOut, everyItem(is(504)));
        assertThat(timedOut.size(), greaterThanOrEqualTo(6));

        // Both open: answered without waiting for the 500 ms timeout, which would have been a 504.
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get(PATH)
                .then().log().ifValidationFails()
                .spec(problem(503, PATH))
                .header("Retry-After", "2")
                .body("detail", equalTo("The replicas service is not reachable; try again shortly"));

        first.mode(Mode.SERVE);
        second.mode(Mode.SERVE);
        first.clearHits();
        second.clearHits();
        // Still open for the rest of the open delay: nothing reaches the instances.
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get(PATH)
                .then().log().ifValidationFails()
                .spec(problem(503, PATH));
        assertThat(first.hits(PATH) + second.hits(PATH), is(0L));

        // Half-open after the open delay (2 s): a trial request passes, succeeds, and closes its breaker.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(1).get(0).statusCode() == 200);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> servedBy(get(4)).size() == 2);
        given()
                .when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .body("checks.find { it.name == 'upstream replicas' }.data['" + first.url() + "']",
                        equalTo("ready, circuit CLOSED, in rotation"))
                .body("checks.find { it.name == 'upstream replicas' }.data['" + second.url() + "']",
                        equalTo("ready, circuit CLOSED, in rotation"));
    }

    @Test
    void anInstanceWhoseHealthCheckSaysDownLeavesTheRotationAndComesBack() {
        second.ready(false);

        // The periodic check (every 300 ms) takes it out, although it would still serve.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> servedBy(get(6)).equals(Set.of(first.port())));
        long before = second.hits(PATH);
        assertThat(statuses(get(10)), everyItem(is(200)));
        assertThat("no request reached the instance that is not ready", second.hits(PATH), is(before));

        second.ready(true);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> servedBy(get(4)).contains(second.port()));
    }

    private static List<Response> get(int count) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(given().header("Authorization", TestTokens.user("kari").bearer())
                    .when().get(PATH)
                    .then().extract().response());
        }
        return answers;
    }

    private static List<Integer> statuses(List<Response> answers) {
        return answers.stream().map(Response::statusCode).toList();
    }

    /** The instances (by port) that answered these requests with 200. */
    private static Set<Integer> servedBy(List<Response> answers) {
        Set<Integer> ports = new HashSet<>();
        for (Response answer : answers) {
            if (answer.statusCode() == 200) {
                ports.add(answer.path("instance"));
            }
        }
        return ports;
    }
}
