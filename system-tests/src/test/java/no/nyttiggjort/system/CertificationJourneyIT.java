package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jevnaker trains an innovation agent, an expert panel from two municipalities passes the exam,
 * the certificate is issued, a neighbour verifies it without logging in, and a revocation shows.
 */
@ExtendWith(RunningStack.class)
class CertificationJourneyIT {

    private static final String BASE = "/api/v1/certification";

    private static RequestSpecification as(String user) {
        return given().baseUri(gateway()).header("Authorization", Tokens.bearer(user));
    }

    private static String subject(String user) {
        return Tokens.claims(Tokens.bearer(user).substring("Bearer ".length())).get("sub").asText();
    }

    @Test
    void programmeExamCertificateVerificationAndRevocation() {
        String project = as("kari.nordmann").contentType(ContentType.JSON)
                .body(Map.of("title", "Eksamensprosjekt " + UUID.randomUUID(), "sector", "NAV_SOSIAL"))
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");

        // The project has a success score; panel members from other municipalities will see it through
        // certification-service's own service account, since they cannot see the project themselves.
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String factor : new String[] { "BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING" }) {
            scores.add(Map.of("factor", factor, "score", 4, "justification", "Systemtest"));
        }
        as("ola.hansen").contentType(ContentType.JSON).body(Map.of("scores", scores))
                .when().post("/api/v1/scoring/projects/{id}/assessments", project)
                .then().log().ifValidationFails().statusCode(201);

        String programme = as("ingrid.berg").contentType(ContentType.JSON)
                .body(Map.of("name", "Innovasjonsagenter systemtest " + UUID.randomUUID(),
                        "startsOn", LocalDate.now().minusMonths(4).toString(),
                        "endsOn", LocalDate.now().plusMonths(1).toString(),
                        "modules", List.of(Map.of("name", "Behov – Løsning – Test", "hours", 12))))
                .when().post(BASE + "/programmes")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        String module = as("ingrid.berg").when().get(BASE + "/programmes/{id}", programme)
                .then().statusCode(200).extract().path("modules[0].id");

        String enrolment = as("ingrid.berg").contentType(ContentType.JSON)
                .body(Map.of("userId", subject("kari.nordmann"), "name", "Kari Nordmann",
                        "email", "kari.nordmann@demo.nyttiggjort.no", "unit", "NAV Jevnaker", "profession", "Sosionom",
                        "examProjectId", project))
                .when().post(BASE + "/programmes/{id}/enrolments", programme)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        as("ingrid.berg").contentType(ContentType.JSON)
                .body(Map.of("moduleId", module, "completedOn", LocalDate.now().minusDays(1).toString()))
                .when().post(BASE + "/enrolments/{id}/completions", enrolment)
                .then().log().ifValidationFails().statusCode(201);

        List<Map<String, Object>> members = new ArrayList<>();
        members.add(Map.of("userId", subject("randi.lunde"), "name", "Randi Lunde", "municipality", "3026",
                "role", "Rådmann i nabokommunen"));
        members.add(Map.of("userId", subject("per.panel"), "name", "Per Paulsen", "municipality", "3026",
                "role", "Tidligere ordfører"));
        members.add(Map.of("userId", subject("terje.moen"), "name", "Terje Moen", "municipality", "3053",
                "role", "Hovedtillitsvalgt"));
        String panel = as("ingrid.berg").contentType(ContentType.JSON)
                .body(Map.of("name", "Ekspertpanel systemtest", "members", members))
                .when().post(BASE + "/programmes/{id}/panels", programme)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        String presentation = as("ingrid.berg").contentType(ContentType.JSON)
                .body(Map.of("projectId", project, "enrolmentIds", List.of(enrolment),
                        "scheduledAt", java.time.OffsetDateTime.now().minusHours(2).toString()))
                .when().post(BASE + "/panels/{id}/presentations", panel)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");

        as("per.panel").when().get("/api/v1/scoring/projects/{id}/score", project)
                .then().log().ifValidationFails().statusCode(403);
        as("per.panel").when().get(BASE + "/panels/{p}/presentations/{id}", panel, presentation)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("score.status", equalTo("AVAILABLE"))
                // 4^5 / 5^5 = 32.768 %.
                .body("score.percent", equalTo(32.8f));

        for (String member : new String[] { "randi.lunde", "per.panel", "terje.moen" }) {
            as(member).contentType(ContentType.JSON).body(Map.of("verdict", "PASS", "comment", "Godt forankret og testet"))
                    .when().post(BASE + "/panels/{p}/presentations/{id}/votes", panel, presentation)
                    .then().log().ifValidationFails().statusCode(201);
        }

        var issued = as("ingrid.berg").when().post(BASE + "/enrolments/{id}/certificate", enrolment)
                .then().log().ifValidationFails()
                .statusCode(201).body("credential", startsWith("ey")).extract();
        String certificate = issued.path("id");
        String credential = issued.path("credential");

        // A neighbouring municipality checks it without logging in, by id and by the credential itself.
        given().baseUri(gateway()).when().get(BASE + "/public/certificates/{id}/verification", certificate)
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("VALID"));
        given().baseUri(gateway()).contentType(ContentType.JSON).body(Map.of("credential", credential))
                .when().post(BASE + "/public/verifications")
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("VALID"));

        // ...but may not revoke or read it through the API.
        as("admin.asker").contentType(ContentType.JSON).body(Map.of("reason", "Forsøk fra nabokommune"))
                .when().post(BASE + "/certificates/{id}/revocation", certificate)
                .then().log().ifValidationFails().statusCode(403);

        as("ingrid.berg").contentType(ContentType.JSON).body(Map.of("reason", "Sertifikatet ble utstedt ved en feil"))
                .when().post(BASE + "/certificates/{id}/revocation", certificate)
                .then().log().ifValidationFails().statusCode(200).body("status", equalTo("REVOKED"));
        given().baseUri(gateway()).when().get(BASE + "/public/certificates/{id}/verification", certificate)
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("REVOKED")).body("revokedAt", notNullValue());
    }
}
