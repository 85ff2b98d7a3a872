package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The launcher's demo data (projects, scores, the certified agents) is there, and loading it again adds nothing. */
@ExtendWith(RunningStack.class)
class DemoDataIT {

    @Test
    void jevnakersProgrammeProjectsAreLoadedOnce() {
        var demo = no.nyttiggjort.launcher.DemoData.fromResource();
        String[] titles = demo.projects().stream().map(p -> p.title()).toArray(String[]::new);
        assertEquals(7, titles.length);

        given().baseUri(gateway()).header("Authorization", Tokens.bearer("kari.nordmann")).queryParam("size", 200)
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails().statusCode(200)
                .body("items.title", hasItems(titles));

        given().baseUri(gateway()).header("Authorization", Tokens.bearer("ingrid.berg"))
                .queryParam("status", "ACTIVE").queryParam("size", 1)
                .when().get("/api/v1/certification/certificates")
                .then().log().ifValidationFails().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(35));

        // The projects stand at realistic steps, reached through the gates.
        given().baseUri(gateway()).header("Authorization", Tokens.bearer("kari.nordmann"))
                .queryParam("q", "Aktivitetsplikt for sosialhjelpsmottakere").queryParam("size", 200)
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails().statusCode(200)
                .body("items.find { it.title == 'Aktivitetsplikt for sosialhjelpsmottakere under 30 år' }.step",
                        org.hamcrest.Matchers.equalTo("IN_USE"));
        // ...and Asker took the shared activity-duty project home.
        given().baseUri(gateway()).header("Authorization", Tokens.bearer("anne.asker"))
                .queryParam("q", "Aktivitetsplikt for sosialhjelpsmottakere")
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails().statusCode(200)
                .body("items.find { it.title == 'Aktivitetsplikt for sosialhjelpsmottakere under 30 år' }.adoptedFrom",
                        org.hamcrest.Matchers.notNullValue());

        var again = RunningStack.stack().loadDemoData();
        assertEquals(0, again.created());
        assertEquals(7, again.alreadyPresent());
        given().baseUri(gateway()).header("Authorization", Tokens.bearer("ingrid.berg"))
                .queryParam("status", "ACTIVE").queryParam("size", 1)
                .when().get("/api/v1/certification/certificates")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(35));
    }
}
