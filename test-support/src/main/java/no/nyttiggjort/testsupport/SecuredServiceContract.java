package no.nyttiggjort.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service promises before it has any domain endpoint: health and the API description
 * are public, everything else demands a valid token and answers problem+json. A service's test
 * extends this and names a path under its API prefix.
 */
public abstract class SecuredServiceContract {

    /** A path under the service's API prefix. */
    protected abstract String apiPath();

    @Test
    void healthIsPublicAndReadinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theApiDescriptionIsPublic() {
        given().when().get("/q/openapi?format=json").then().log().ifValidationFails().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }

    @Test
    void refusesCallsWithoutAToken() {
        given().when().get(apiPath())
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void refusesForgedExpiredAndForeignTokens() {
        for (String token : new String[] {
                TestTokens.user("mallory").forged().bearer(),
                TestTokens.user("late").expired().bearer(),
                TestTokens.user("elsewhere").audience("another-api").bearer() }) {
            given().header("Authorization", token)
                    .when().get(apiPath())
                    .then().log().ifValidationFails()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aValidTokenReachesTheServiceWhichHasNothingAtThatPathYet() {
        given().header("Authorization", TestTokens.user("kari").bearer())
                .when().get(apiPath())
                .then().log().ifValidationFails()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
