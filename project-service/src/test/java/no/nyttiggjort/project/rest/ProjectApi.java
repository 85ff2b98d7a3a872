package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.nyttiggjort.testsupport.TestTokens;

/** Test helpers: callers of made-up municipalities, so each test sees only its own data. */
final class ProjectApi {

    private static final AtomicInteger NEXT = new AtomicInteger(1000);

    private ProjectApi() {
    }

    /**
     * A municipality number no other test of this run has used. Each run starts a fresh database, so a
     * counter is enough; random numbers collided once the suite used a few hundred municipalities.
     */
    static String freshMunicipality() {
        int next = NEXT.getAndIncrement();
        if (next > 9999) {
            throw new IllegalStateException("More than 9000 municipalities in one test run");
        }
        return String.valueOf(next);
    }

    static String employee(String municipality) {
        return TestTokens.user("employee-" + municipality).municipality(municipality).roles("employee").bearer();
    }

    static String otherEmployee(String municipality) {
        return TestTokens.user("colleague-" + municipality).municipality(municipality).roles("employee").bearer();
    }

    static String admin(String municipality) {
        return TestTokens.user("admin-" + municipality).municipality(municipality)
                .roles("employee", "municipality-admin").bearer();
    }

    static Map<String, Object> body(String title, String sector) {
        return Map.of("title", title, "description", "Beskrivelse av " + title, "sector", sector,
                "champion", "Kari Nordmann");
    }

    static ValidatableResponse create(String token, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects")
                .then().log().ifValidationFails();
    }

    static String createId(String token, String title, String sector) {
        return create(token, body(title, sector)).statusCode(201).extract().path("id");
    }

    static int total(String token) {
        return given().header("Authorization", token).queryParam("archived", "true")
                .when().get("/api/v1/projects")
                .then().statusCode(200).extract().path("total");
    }
}
