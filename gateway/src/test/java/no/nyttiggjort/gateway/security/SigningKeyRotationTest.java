package no.nyttiggjort.gateway.security;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestIssuer;
import no.nyttiggjort.testsupport.TestJwksOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import no.nyttiggjort.testsupport.TokenCacheCounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With keys from the issuer's JWKS, as in production: once the issuer withdraws a key and
 * quarkus-oidc has read the new key set, a token signed with the old key is refused even though the
 * gateway verified and cached it while the key was published.
 */
@QuarkusTest
@WithTestResource(TestJwksOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class SigningKeyRotationTest {

    private static FakeUpstream projects;

    @BeforeAll
    static void startUpstreams() {
        projects = FakeUpstream.forRoute("projects");
    }

    @AfterAll
    static void stopUpstreams() {
        projects.close();
    }

    @AfterEach
    void publishTheOriginalKeyAgain() {
        TestIssuer.publishKeys(TestTokens.KEY_ID);
    }

    @Test
    void aCachedTokenSignedWithAWithdrawnKeyIsRefusedOnceTheNewKeysAreRead() throws InterruptedException {
        // Another test may have left the gateway verifying with the rotated key: this token makes it
        // read the issuer's keys again. A verification within a second of a key set changing is not
        // cached (it may have used either set), so the test waits that second out.
        given().header("Authorization", TestTokens.user("rotation-warm-up").bearer())
                .when().get("/api/v1/projects/warm-up").then().statusCode(200);
        Thread.sleep(1_100);

        String beforeRotation = TestTokens.user("rotation-early").bearer();
        given().header("Authorization", beforeRotation).when().get("/api/v1/projects/early").then().statusCode(200);
        TokenCacheCounters cached = TokenCacheCounters.read();
        given().header("Authorization", beforeRotation).when().get("/api/v1/projects/early").then().statusCode(200);
        assertThat("the token was served from the cache", TokenCacheCounters.read().since(cached).hits(), is(1.0));

        // The issuer rotates: it signs with a new key and no longer publishes the old one.
        TestIssuer.publishKeys(TestTokens.ROTATED_KEY_ID);
        given().header("Authorization", TestTokens.user("rotation-late").rotatedKey().bearer())
                .when().get("/api/v1/projects/late")
                .then().log().ifValidationFails()
                .statusCode(200);

        TokenCacheCounters afterRotation = TokenCacheCounters.read();
        given().header("Authorization", beforeRotation)
                .when().get("/api/v1/projects/withdrawn-key")
                .then().log().ifValidationFails()
                .spec(problem(401, "/api/v1/projects/withdrawn-key"));
        assertThat(projects.received("/api/v1/projects/withdrawn-key"), is(false));
        assertThat("the cache did not vouch for it", TokenCacheCounters.read().since(afterRotation).hits(), is(0.0));
    }

    @Test
    void aTokenSignedWithAKeyTheIssuerHasNotPublishedIsRefused() {
        given().header("Authorization", TestTokens.user("rotation-unpublished").rotatedKey().bearer())
                .when().get("/api/v1/projects/unpublished")
                .then().log().ifValidationFails()
                .spec(problem(401, "/api/v1/projects/unpublished"));
    }

    @Test
    void aTokenSignedWithThePublishedKeyIsAcceptedAndAForgedOneIsNot() {
        given().header("Authorization", TestTokens.user("rotation-valid").bearer())
                .when().get("/api/v1/projects/published")
                .then().statusCode(200);
        given().header("Authorization", TestTokens.user("rotation-forged").forged().bearer())
                .when().get("/api/v1/projects/forged")
                .then().spec(problem(401, "/api/v1/projects/forged"));
    }
}
