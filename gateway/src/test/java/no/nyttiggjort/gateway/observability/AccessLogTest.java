package no.nyttiggjort.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class AccessLogTest {

    private static final Logger ACCESS = Logger.getLogger(AccessLog.CATEGORY);
    private static final List<String> LINES = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LINES.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static FakeUpstream projects;

    @BeforeAll
    static void start() {
        projects = FakeUpstream.forRoute("projects");
        ACCESS.addHandler(CAPTURE);
    }

    @AfterAll
    static void stop() {
        ACCESS.removeHandler(CAPTURE);
        projects.close();
    }

    @Test
    void aProxiedRequestIsLoggedWithItsIdCallerRouteStatusAndLatency() {
        TestTokens.Builder user = TestTokens.user("access-" + UUID.randomUUID());
        String requestId = "access-" + UUID.randomUUID();

        given().header("Authorization", user.bearer())
                .header("X-Request-Id", requestId)
                .when().get("/api/v1/projects/3f1c/timeline?text=secret+search")
                .then().statusCode(200);

        assertThat(lineWith(requestId), matchesPattern(Pattern.quote("requestId=" + requestId
                + " caller=" + user.subject() + " route=projects method=GET path=/api/v1/projects/3f1c/timeline status=200 latencyMs=")
                + "\\d+\\.\\d{3}"));
    }

    @Test
    void aRefusedAnonymousRequestIsLoggedWithTheClientAddress() {
        String requestId = "access-" + UUID.randomUUID();

        given().header("X-Request-Id", requestId)
                .when().post("/api/v1/scoring/assessments")
                .then().statusCode(401);

        assertThat(lineWith(requestId), matchesPattern(Pattern.quote("requestId=" + requestId
                + " caller=anonymous@127.0.0.1 route=scoring method=POST path=/api/v1/scoring/assessments status=401 latencyMs=")
                + "\\d+\\.\\d{3}"));
    }

    @Test
    void anUnknownApiPathIsLoggedAsUnrouted() {
        String requestId = "access-" + UUID.randomUUID();

        given().header("X-Request-Id", requestId)
                .header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/nowhere/7")
                .then().statusCode(404);

        assertThat(lineWith(requestId), matchesPattern(".* route=unrouted method=GET path=/api/v1/nowhere/7 status=404 .*"));
    }

    /** The line is written once the answer has gone out, so it may land just after the client has it. */
    private static String lineWith(String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> line = LINES.stream().filter(l -> l.contains("requestId=" + requestId + " ")).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No access log line for " + requestId + " among " + LINES);
    }
}
