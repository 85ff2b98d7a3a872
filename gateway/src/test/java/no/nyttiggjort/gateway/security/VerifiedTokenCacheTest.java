package no.nyttiggjort.gateway.security;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import no.nyttiggjort.testsupport.TokenCacheCounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway verifies a token once and reuses the verification, and still refuses every token it
 * refused before: the cache only ever answers for the exact token bytes it verified, until expiry.
 */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class VerifiedTokenCacheTest {

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
    void theSameTokenTwiceIsVerifiedOnceAndBothRequestsGoThroughWithTheirOwnHeader() {
        String token = TestTokens.user("cache-twice").bearer();
        TokenCacheCounters before = TokenCacheCounters.read();

        for (int i = 0; i < 2; i++) {
            given().header("Authorization", token)
                    .when().get("/api/v1/projects/cached-" + i)
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .body("path", equalTo("/api/v1/projects/cached-" + i))
                    .body("authorization", equalTo(token));
        }

        TokenCacheCounters change = TokenCacheCounters.read().since(before);
        assertThat("the second request reused the first verification", change.hits(), is(1.0));
        assertThat("only the first request was verified by quarkus-oidc", change.misses(), is(1.0));
    }

    @Test
    void twoCallersInTurnEachReachTheServiceAsThemselves() {
        String kari = TestTokens.user("cache-kari").municipality("3053").bearer();
        String ola = TestTokens.user("cache-ola").municipality("0301").bearer();

        for (String token : new String[] { kari, ola, kari, ola }) {
            given().header("Authorization", token)
                    .when().get("/api/v1/projects/whoami")
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .body("authorization", equalTo(token));
        }
    }

    @Test
    void aForgedTokenWithTheClaimsOfACachedOneIsRefused() {
        TestTokens.Builder caller = TestTokens.user("cache-forged");
        String genuine = caller.bearer();
        given().header("Authorization", genuine).when().get("/api/v1/projects/genuine").then().statusCode(200);
        given().header("Authorization", genuine).when().get("/api/v1/projects/genuine").then().statusCode(200);

        refusedTwice(caller.forged().bearer(), "/api/v1/projects/forged-copy");
    }

    @Test
    void theSignatureOfACachedTokenOverOtherClaimsIsRefused() {
        String genuine = TestTokens.user("cache-tampered").municipality("3053").token();
        given().header("Authorization", "Bearer " + genuine).when().get("/api/v1/projects/own").then().statusCode(200);

        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"3053\"", "\"0301\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        refusedTwice("Bearer " + tampered, "/api/v1/projects/tampered");
    }

    @Test
    void tokensForAnotherAudienceOrIssuerAndExpiredTokensStayRefused() {
        refusedTwice(TestTokens.user("cache-aud").audience("some-other-api").bearer(), "/api/v1/projects/cache-aud");
        refusedTwice(TestTokens.user("cache-iss").issuer("https://elsewhere.test/realms/nyttiggjort").bearer(),
                "/api/v1/projects/cache-iss");
        refusedTwice(TestTokens.user("cache-late").expired().bearer(), "/api/v1/projects/cache-late");
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        String token = TestTokens.user("cache-short-lived").expiresIn(Duration.ofSeconds(4)).token();
        Instant expiry = Instant.ofEpochSecond(expiry(token));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/projects/short").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/projects/short").then().statusCode(200);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 100);

        refusedTwice("Bearer " + token, "/api/v1/projects/short-after-expiry");
    }

    private static void refusedTwice(String authorization, String path) {
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("Authorization", authorization)
                    .when().get(path)
                    .then().log().ifValidationFails()
                    .spec(problem(401, path));
        }
        assertThat(projects.received(path), is(false));
    }

    private static long expiry(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
    }
}
