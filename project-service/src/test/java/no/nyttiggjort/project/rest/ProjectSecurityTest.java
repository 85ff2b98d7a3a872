package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.ProjectApi.body;
import static no.nyttiggjort.project.rest.ProjectApi.createId;
import static no.nyttiggjort.project.rest.ProjectApi.employee;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static no.nyttiggjort.project.rest.ProjectApi.total;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectSecurityTest {

    @ParameterizedTest
    @ValueSource(strings = { "none", "forged", "expired", "wrong-audience", "wrong-issuer", "garbage" })
    void refusesCallersWithoutAValidToken(String kind) {
        String m = freshMunicipality();
        var request = given().contentType(ContentType.JSON).body(body("Skal ikke lagres", "PLAN"));
        switch (kind) {
            case "forged" -> request.header("Authorization", TestTokens.user("mallory").municipality(m).forged().bearer());
            case "expired" -> request.header("Authorization", TestTokens.user("late").municipality(m).expired().bearer());
            case "wrong-audience" -> request.header("Authorization", TestTokens.user("other").municipality(m).audience("another-api").bearer());
            case "wrong-issuer" -> request.header("Authorization", TestTokens.user("other").municipality(m).issuer("https://evil.example/realms/x").bearer());
            case "garbage" -> request.header("Authorization", "Bearer not.a.jwt");
            default -> { }
        }
        request.when().post("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        assertEquals(0, total(employee(m)));
    }

    @Test
    void aNetworkAnalystMayNotReadOrCreateProjects() {
        String m = freshMunicipality();
        String analyst = TestTokens.user("analyst").municipality(m).roles("network-analyst").bearer();
        String id = createId(employee(m), "Synlig bare for ansatte", "PLAN");

        given().header("Authorization", analyst)
                .when().get("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().header("Authorization", analyst).contentType(ContentType.JSON).body(body("Nei", "PLAN"))
                .when().post("/api/v1/projects")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(1, total(employee(m)));
    }

    @Test
    void aTokenWithoutAMunicipalityIsForbidden() {
        String noMunicipality = TestTokens.user("stateless").municipality(null).roles("employee").bearer();
        given().header("Authorization", noMunicipality)
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void echoesTheRequestIdOrGeneratesOne() {
        String token = employee(freshMunicipality());
        given().header("Authorization", token).header("X-Request-Id", "portal-42")
                .when().get("/api/v1/projects/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .header("X-Request-Id", "portal-42")
                .body("requestId", equalTo("portal-42"));
        given().header("Authorization", token)
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().when().get("/api/v1/projects")
                .then().statusCode(401)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void healthAndTheApiDescriptionArePublic() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/projects'.post.operationId", equalTo("createProject"))
                .body("paths.'/api/v1/projects/{id}'.get.responses.'404'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }
}
