package no.nyttiggjort.scoring.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.nyttiggjort.testsupport.TestTokens;

/** Test helpers: callers of made-up municipalities, so each test sees only its own data. */
public final class ScoringApi {

    public static final String[] FACTORS = { "BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING" };

    private ScoringApi() {
    }

    public static String freshMunicipality() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
    }

    public static String assessor(String municipality) {
        return TestTokens.user("assessor-" + municipality).municipality(municipality).roles("employee", "assessor").bearer();
    }

    public static String admin(String municipality) {
        return TestTokens.user("admin-" + municipality).municipality(municipality)
                .roles("employee", "municipality-admin").bearer();
    }

    public static String employee(String municipality) {
        return TestTokens.user("employee-" + municipality).municipality(municipality).roles("employee").bearer();
    }

    public static String user(String username, String municipality, String... roles) {
        return TestTokens.user(username).municipality(municipality).roles(roles).bearer();
    }

    /** Five justified levels in the formula's order. */
    public static Map<String, Object> assessment(int... levels) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < FACTORS.length; i++) {
            scores.add(entry(FACTORS[i], levels[i], "Begrunnelse for " + FACTORS[i].toLowerCase()));
        }
        return Map.of("scores", scores);
    }

    /** Five levels without justification, for what-if. */
    public static Map<String, Object> levels(int... levels) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < FACTORS.length; i++) {
            scores.add(Map.of("factor", FACTORS[i], "score", levels[i]));
        }
        return Map.of("scores", scores);
    }

    public static Map<String, Object> entry(String factor, Object score, String justification) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("factor", factor);
        e.put("score", score);
        e.put("justification", justification);
        return e;
    }

    public static ValidatableResponse assess(String token, UUID project, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/scoring/projects/{id}/assessments", project)
                .then().log().ifValidationFails();
    }

    public static int assessments(String token, UUID project) {
        return given().header("Authorization", token)
                .when().get("/api/v1/scoring/projects/{id}/assessments", project)
                .then().log().ifValidationFails().statusCode(200).extract().path("total");
    }
}
