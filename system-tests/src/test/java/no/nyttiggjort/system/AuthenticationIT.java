package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import no.nyttiggjort.launcher.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only valid realm tokens get through, at the gateway and at every service's own port. */
@ExtendWith(RunningStack.class)
class AuthenticationIT {

    @Test
    void realmTokensCarryTheMunicipalityRolesAndAudience() {
        var claims = Tokens.claims(Tokens.bearer("ola.hansen").substring("Bearer ".length()));
        assertEquals("3053", claims.get("municipality").asText());
        assertTrue(claims.get("aud").toString().contains("nyttiggjort-api"));
        assertTrue(claims.get("realm_access").get("roles").toString().contains("assessor"));
        assertEquals(RunningStack.stack().issuerUrl(), claims.get("iss").asText());
    }

    @Test
    void noTokenIsRefusedWithProblemJson() {
        unauthorized(given().baseUri(gateway()).when().get("/api/v1/projects").then());
    }

    @Test
    void aTokenWithAForgedPayloadIsRefused() {
        String real = Tokens.bearer("kari.nordmann").substring("Bearer ".length());
        String forged = Tokens.withTamperedPayload(real, "municipality", "3025");
        unauthorized(given().baseUri(gateway()).header("Authorization", "Bearer " + forged)
                .when().get("/api/v1/projects").then());
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String shortLived = Tokens.fetch(Tokens.SHORT_LIVED_CLIENT, "kari.nordmann");
        var claims = Tokens.claims(shortLived);
        long lifetime = claims.get("exp").asLong() - claims.get("iat").asLong();
        assertTrue(lifetime <= 2, "the short-lived client issues tokens that expire at once");
        Thread.sleep((lifetime + 2) * 1000);
        unauthorized(given().baseUri(gateway()).header("Authorization", "Bearer " + shortLived)
                .when().get("/api/v1/projects").then());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String foreign = Tokens.fetch(Tokens.FOREIGN_AUDIENCE_CLIENT, "kari.nordmann");
        unauthorized(given().baseUri(gateway()).header("Authorization", "Bearer " + foreign)
                .when().get("/api/v1/projects").then());
        unauthorized(given().baseUri(RunningStack.stack().url(Stack.PROJECT_SERVICE))
                .header("Authorization", "Bearer " + foreign)
                .when().get("/api/v1/projects").then());
    }

    @Test
    void everyServicePortRefusesCallsWithoutAToken() {
        for (String service : new String[] { Stack.PROJECT_SERVICE, Stack.SCORING_SERVICE, Stack.CERTIFICATION_SERVICE }) {
            unauthorized(given().baseUri(RunningStack.stack().url(service))
                    .when().get("/api/v1/projects").then());
        }
    }

    @Test
    void healthAndTheApiDescriptionNeedNoToken() {
        given().baseUri(gateway()).when().get("/q/health/ready")
                .then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(gateway()).when().get("/q/openapi?format=json")
                .then().log().ifValidationFails().statusCode(200);
    }

    private static void unauthorized(ValidatableResponse response) {
        response.log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }
}
