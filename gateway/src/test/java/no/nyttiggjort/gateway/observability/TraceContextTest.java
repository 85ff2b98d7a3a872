package no.nyttiggjort.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What W3C trace context reaches a service through the gateway (the fake echoes the traceparent headers it got). */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class TraceContextTest {

    /** version-traceid-parentid-flags; a second header would be echoed after a comma and not match. */
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();

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
    void theServiceContinuesTheCallersTraceUnderTheGatewaysOwnSpan() {
        String traceId = hex(16);
        String callerSpan = hex(8);

        Matcher received = received(given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01"));

        assertThat("same trace", received.group(1), equalTo(traceId));
        assertThat("the parent is the gateway's span, not the caller's", received.group(2), not(equalTo(callerSpan)));
        assertThat("the gateway samples nothing by default, whatever the caller asks", received.group(3), equalTo("00"));
    }

    @Test
    void aCallWithoutTraceContextStartsATraceAtTheGateway() {
        Matcher received = received(given());

        assertThat(received.group(1), not(equalTo("0".repeat(32))));
        assertThat(received.group(2), not(equalTo("0".repeat(16))));
    }

    private static Matcher received(io.restassured.specification.RequestSpecification request) {
        String traceparent = request.header("Authorization", TestTokens.user("kari").bearer())
                .when().get("/api/v1/projects/traced")
                .then().log().ifValidationFails()
                .statusCode(200)
                .extract().path("traceparent");
        Matcher matcher = TRACEPARENT.matcher(String.valueOf(traceparent));
        assertThat("exactly one well-formed traceparent reached the service: " + traceparent, matcher.matches(), is(true));
        return matcher;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
