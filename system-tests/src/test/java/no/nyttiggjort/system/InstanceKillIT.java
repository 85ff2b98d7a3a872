package no.nyttiggjort.system;

import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.nyttiggjort.launcher.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared stack runs two project-service instances behind the gateway. Killing one abruptly
 * (SIGKILL: no shutdown, connections reset) while GETs stream through the gateway: once the gateway
 * has taken the dead instance out of rotation, no GET fails; before that, a GET that met the dead
 * instance is retried on the other one, so in practice none fails at all.
 */
@ExtendWith(RunningStack.class)
class InstanceKillIT {

    private static final int CALLERS = 4;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(2);
    private static final Duration AFTER_KILL = Duration.ofSeconds(8);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One GET through the gateway: when it was answered, and how. */
    record Outcome(long atNanos, int status) {
        boolean failed() {
            return status < 200 || status >= 300;
        }
    }

    @Test
    void killingOneInstanceFailsNoGetOnceItIsOutOfRotation() throws Exception {
        Stack stack = RunningStack.stack();
        List<String> instances = stack.instances(Stack.PROJECT_SERVICE);
        assertThat("RunningStack starts two project-service instances", instances, hasSize(2));
        // The second: the other services call the first one directly, and should not notice.
        String victim = instances.get(1);
        String victimUrl = stack.url(victim);
        String token = Tokens.fetch(Tokens.DEMO_CLIENT, "kari.nordmann");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        long start = System.nanoTime();
        long end = start + BEFORE_KILL.plus(AFTER_KILL).toNanos();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long killedAt;
        long outAt;
        String outReason;
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<List<Outcome>>> load = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                load.add(callers.submit(() -> getUntil(http, token, end)));
            }
            Thread.sleep(BEFORE_KILL.toMillis());
            stack.killComponent(victim);
            killedAt = System.nanoTime();
            outReason = awaitOutOfRotation(http, victimUrl, end);
            outAt = System.nanoTime();
            for (Future<List<Outcome>> caller : load) {
                outcomes.addAll(caller.get(AFTER_KILL.toSeconds() + 30, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
            if (!stack.isRunning(victim)) {
                stack.startComponent(victim);
            }
        }

        long total = outcomes.size();
        long afterKill = outcomes.stream().filter(o -> o.atNanos() > killedAt).count();
        long failedBeforeOut = outcomes.stream().filter(o -> o.atNanos() <= outAt && o.failed()).count();
        long failedAfterOut = outcomes.stream().filter(o -> o.atNanos() > outAt && o.failed()).count();
        System.out.printf("[instance kill] %d GETs through the gateway, %d after the kill; %s out of rotation %d ms "
                        + "after the kill (%s); failed before that: %d, after: %d; statuses of failures: %s%n",
                total, afterKill, victim, (outAt - killedAt) / 1_000_000, outReason, failedBeforeOut, failedAfterOut,
                outcomes.stream().filter(Outcome::failed).map(Outcome::status).distinct().toList());

        assertThat("GETs kept flowing after the kill", afterKill, greaterThan(50L));
        assertThat("no GET failed once the dead instance was out of rotation", failedAfterOut, is(0L));
    }

    private static List<Outcome> getUntil(HttpClient http, String token, long end) {
        List<Outcome> outcomes = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway() + "/api/v1/projects?size=5"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(15))
                .GET().build();
        while (System.nanoTime() < end) {
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                // The gateway itself broke the connection: as much a failure as a 5xx.
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            outcomes.add(new Outcome(System.nanoTime(), status));
        }
        return outcomes;
    }

    /**
     * When the gateway reports the instance out of rotation: its circuit open, or its periodic health
     * check failed, whichever came first; returns how the gateway describes it then. Its readiness
     * data names each instance with both; asking for it changes neither.
     */
    private static String awaitOutOfRotation(HttpClient http, String victimUrl, long end) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(gateway() + "/q/health/ready")).GET().build();
        while (System.nanoTime() < end) {
            String body = http.send(ready, HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode check : JSON.readTree(body).path("checks")) {
                if (check.path("name").asText().equals("upstream projects")) {
                    JsonNode state = check.path("data").path(victimUrl);
                    assertThat("the gateway names " + victimUrl + " in its readiness data: " + body,
                            state.isMissingNode() ? null : state.asText(), notNullValue());
                    if (state.asText().endsWith("out of rotation")) {
                        return state.asText();
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The gateway did not take " + victimUrl + " out of rotation within " + AFTER_KILL);
    }
}
