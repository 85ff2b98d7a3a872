package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A municipality's project work through the gateway, with real tokens of demo users. */
@ExtendWith(RunningStack.class)
class ProjectJourneyIT {

    private static RequestSpecification as(String user) {
        return given().baseUri(gateway()).header("Authorization", Tokens.bearer(user));
    }

    private static String marker() {
        return "systest-" + UUID.randomUUID();
    }

    private static int countWith(String user, String text) {
        return as(user).queryParam("q", text).queryParam("archived", "true")
                .when().get("/api/v1/projects").then().statusCode(200).extract().path("total");
    }

    @Test
    void createReadListUpdateAndArchiveAProject() {
        String marker = marker();
        String id = as("kari.nordmann").contentType(ContentType.JSON)
                .body(Map.of("title", "Rett informasjon til rett tid " + marker, "sector", "BYGGESAK_TEKNISK",
                        "description", "Byggesøkere får det de trenger når de trenger det.", "champion", "Kari Nordmann",
                        "municipality", "3025"))
                .when().post("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", notNullValue())
                .body("municipality", equalTo("3053"))
                .extract().path("id");

        as("ola.hansen").when().get("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(200).header("ETag", "\"0\"").body("title", equalTo("Rett informasjon til rett tid " + marker));

        as("ola.hansen").queryParam("q", marker).queryParam("sector", "BYGGESAK_TEKNISK")
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        Map<String, Object> change = Map.of("title", "Byggesak: rett informasjon " + marker, "sector", "BYGGESAK_TEKNISK");
        as("kari.nordmann").contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails().statusCode(428).contentType("application/problem+json");
        as("kari.nordmann").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails().statusCode(200).header("ETag", "\"1\"");
        as("ola.hansen").header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("title", "Stale write " + marker, "sector", "PLAN"))
                .when().put("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails().statusCode(412).contentType("application/problem+json");

        as("admin.jevnaker").header("If-Match", "\"1\"")
                .when().post("/api/v1/projects/{id}/archive", id)
                .then().log().ifValidationFails().statusCode(200).body("status", equalTo("ARCHIVED"));
        as("kari.nordmann").when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("title", equalTo("Byggesak: rett informasjon " + marker))
                .body("status", equalTo("ARCHIVED"));
    }

    @Test
    void anotherMunicipalitySeesNothingAndARoleWithoutAccessIsForbidden() {
        String marker = marker();
        String id = as("kari.nordmann").contentType(ContentType.JSON)
                .body(Map.of("title", "Bolig til flyktninger " + marker, "sector", "PLAN"))
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");

        as("anne.asker").when().get("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json");
        assertEquals(0, countWith("anne.asker", marker));

        as("nils.nettverk").when().get("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails().statusCode(403).contentType("application/problem+json");
        as("per.panel").contentType(ContentType.JSON).body(Map.of("title", "Panel " + marker, "sector", "PLAN"))
                .when().post("/api/v1/projects")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(1, countWith("kari.nordmann", marker));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing title   | {"sector":"PLAN","description":"MARKER"}                 | title
            wrong types     | {"title":42,"sector":"PLAN","description":"MARKER"}      | title
            unknown sector  | {"title":"MARKER","sector":"ROMFART"}                    | sector
            malformed JSON  | {"title":"MARKER","sector":                              | body
            """)
    void badInputIsAProblemAndNothingIsStored(String name, String json, String field) {
        String marker = marker();
        as("kari.nordmann").contentType(ContentType.JSON).body(json.replace("MARKER", marker))
                .when().post("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("requestId", notNullValue());
        assertEquals(0, countWith("kari.nordmann", marker));
    }

    @Test
    void tenThousandCharacterTitleAndHugePageSizeAreRefused() {
        String marker = marker();
        as("kari.nordmann").contentType(ContentType.JSON)
                .body(Map.of("title", marker + "x".repeat(10_000), "sector", "PLAN"))
                .when().post("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("title"));
        assertEquals(0, countWith("kari.nordmann", marker));

        as("kari.nordmann").queryParam("size", 10_000)
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
    }

    @Test
    void theRequestIdIsEchoedOrGeneratedAndReachesTheService() {
        as("kari.nordmann").header("X-Request-Id", "portal-trace-7")
                .when().get("/api/v1/projects/{id}", UUID.randomUUID())
                .then().log().ifValidationFails()
                .statusCode(404)
                .header("X-Request-Id", "portal-trace-7")
                // The body is written by project-service: the gateway passed the id on.
                .body("requestId", equalTo("portal-trace-7"));
        as("kari.nordmann").when().get("/api/v1/projects")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
