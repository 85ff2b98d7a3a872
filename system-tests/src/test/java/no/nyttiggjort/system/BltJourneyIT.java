package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One project the whole way, FOUNDATION to IN_USE, through the gateway with real tokens: every gate
 * is met by the work the KS guide and the BLT loop ask for, and a gate not met says what is missing.
 */
@ExtendWith(RunningStack.class)
class BltJourneyIT {

    private static RequestSpecification as(String user) {
        return given().baseUri(gateway()).header("Authorization", Tokens.bearer(user));
    }

    private static String subject(String user) {
        return Tokens.claims(Tokens.bearer(user).substring("Bearer ".length())).get("sub").asText();
    }

    private static String post(String path, Object body) {
        return as("kari.nordmann").contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static String etag(String project) {
        return as("kari.nordmann").when().get("/api/v1/projects/{id}", project)
                .then().statusCode(200).extract().header("ETag");
    }

    private static void moveTo(String project, String step) {
        as("kari.nordmann").header("If-Match", etag(project)).contentType(ContentType.JSON)
                .body(Map.of("to", step, "comment", "Klar for " + step))
                .when().post("/api/v1/projects/{id}/transitions", project)
                .then().log().ifValidationFails().statusCode(200).body("step", equalTo(step));
    }

    @Test
    void fromFoundationToInUse() {
        String today = LocalDate.now().toString();
        String project = post("/api/v1/projects", Map.of("title", "Fra plikt til privilegium " + UUID.randomUUID(),
                "sector", "NAV_SOSIAL", "champion", "Kari Nordmann",
                "problemStatement", "Unge sosialhjelpsmottakere opplever aktivitetsplikten som straff, ikke som en vei videre."));
        post("/api/v1/projects/" + project + "/team",
                Map.of("userId", subject("ola.hansen"), "name", "Ola Hansen", "role", "Veileder NAV"));
        moveTo(project, "NEEDS");

        // The next gate names what is missing.
        as("kari.nordmann").header("If-Match", etag(project)).contentType(ContentType.JSON)
                .body(Map.of("to", "EXPLORE", "comment", "For tidlig"))
                .when().post("/api/v1/projects/{id}/transitions", project)
                .then().log().ifValidationFails()
                .statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("needs"));

        String need = post("/api/v1/projects/" + project + "/needs", Map.of("statement", "Å bli sett og å mestre noe",
                "targetGroup", "Sosialhjelpsmottakere under 30 år", "importance", 5));
        post("/api/v1/projects/" + project + "/needs/" + need + "/insights", Map.of("source", "WORKSHOP", "date", today,
                "evidence", "Verksted med 12 unge: de vil ha aktiviteter de selv har valgt.", "peopleHeard", 12));
        moveTo(project, "EXPLORE");

        String solution = post("/api/v1/projects/" + project + "/solutions",
                Map.of("description", "Ukentlige aktiviteter valgt sammen med deltakerne", "needIds", List.of(need)));
        post("/api/v1/projects/" + project + "/tests", Map.of("hypothesis", "Deltakere som velger selv, møter oftere opp",
                "needIds", List.of(need), "solutionId", solution, "type", "PRACTICAL", "date", today,
                "participants", 8, "outcome", "CONFIRMED", "learning", "Oppmøtet steg fra 40 til 75 prosent."));
        moveTo(project, "REALISE");

        String benefit = post("/api/v1/projects/" + project + "/benefits", Map.of("indicator", "Oppmøte på aktiviteter",
                "beneficiary", "USERS", "kind", "QUALITY", "unit", "prosent", "baselineValue", 40,
                "baselineDate", LocalDate.now().minusMonths(3).toString(), "target", 80));
        post("/api/v1/projects/" + project + "/benefits/" + benefit + "/measurements",
                Map.of("date", today, "value", 75, "note", "Etter tre måneder"));
        post("/api/v1/projects/" + project + "/anchoring", Map.of("body", "POLITICAL", "date", today,
                "reference", "PS 2026/42", "summary", "Kommunestyret vedtok å innføre modellen i ordinær drift.",
                "normalOperation", true));
        moveTo(project, "IN_USE");

        as("ola.hansen").when().get("/api/v1/projects/{id}/timeline", project)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("items.action", hasItem("STEP_CHANGED"))
                .body("items.toStep", hasItems("NEEDS", "EXPLORE", "REALISE", "IN_USE"));
        as("anne.asker").when().get("/api/v1/projects/{id}/needs", project)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
