package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.Blt.bareProject;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import no.nyttiggjort.testsupport.TokenCacheCounters;
import org.junit.jupiter.api.Test;

/**
 * project-service verifies a token once and reuses the verification; who the caller is (their
 * municipality, their roles) and which tokens are refused stay exactly as without the cache.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class VerifiedTokenReuseTest {

    @Test
    void theSameTokenTwiceIsVerifiedOnceAndBothReadsAnswer() {
        String m = freshMunicipality();
        String id = bareProject(person(m, "creator"));
        String reader = person(m, "reader");
        TokenCacheCounters before = TokenCacheCounters.read();

        get(reader, projectPath(id)).statusCode(200).body("id", equalTo(id));
        get(reader, projectPath(id)).statusCode(200).body("id", equalTo(id));

        TokenCacheCounters change = TokenCacheCounters.read().since(before);
        assertThat("the second read reused the first verification", change.hits(), is(1.0));
        assertThat(change.misses(), is(1.0));
    }

    @Test
    void aReusedVerificationKeepsEachCallerInTheirOwnMunicipality() {
        String home = freshMunicipality();
        String elsewhere = freshMunicipality();
        String kari = person(home, "kari");
        String ola = person(elsewhere, "ola");
        String id = bareProject(kari);

        for (int round = 0; round < 2; round++) {
            get(kari, projectPath(id)).statusCode(200).body("id", equalTo(id));
            get(ola, projectPath(id)).statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void aReusedVerificationKeepsTheCallersRoles() {
        String m = freshMunicipality();
        String assessor = TestTokens.user("assessor-" + m).municipality(m).roles("assessor").bearer();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("Authorization", assessor).contentType(ContentType.JSON)
                    .body(Map.of("title", "Ikke min oppgave", "sector", "PLAN"))
                    .when().post("/api/v1/projects")
                    .then().log().ifValidationFails()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void forgedForeignAndExpiredTokensStayRefusedEvenBesideACachedOne() {
        String m = freshMunicipality();
        TestTokens.Builder kari = TestTokens.user("kari-" + m).municipality(m).roles("employee");
        String id = bareProject(kari.bearer());
        get(kari.bearer(), projectPath(id)).statusCode(200);

        refusedTwice(TestTokens.user("kari-" + m).municipality(m).roles("employee").audience("another-api").bearer(), id);
        refusedTwice(TestTokens.user("kari-" + m).municipality(m).roles("employee").expired().bearer(), id);
        refusedTwice(kari.forged().bearer(), id);
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        String m = freshMunicipality();
        String id = bareProject(person(m, "creator"));
        String token = TestTokens.user("short-" + m).municipality(m).roles("employee")
                .expiresIn(Duration.ofSeconds(4)).token();
        get("Bearer " + token, projectPath(id)).statusCode(200);
        get("Bearer " + token, projectPath(id)).statusCode(200);

        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1")));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 100);

        refusedTwice("Bearer " + token, id);
    }

    private static void refusedTwice(String token, String id) {
        for (int attempt = 0; attempt < 2; attempt++) {
            get(token, projectPath(id)).statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
    }
}
