package no.nyttiggjort.project.rest;

import static no.nyttiggjort.project.rest.Blt.addBenefit;
import static no.nyttiggjort.project.rest.Blt.addNeed;
import static no.nyttiggjort.project.rest.Blt.addTest;
import static no.nyttiggjort.project.rest.Blt.decide;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.measure;
import static no.nyttiggjort.project.rest.Blt.moveTo;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.transition;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The municipality summary: counts per step and sector, the nyttiggjort rate and median BLT loops, nothing personal. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectSummaryTest {

    @Test
    void anEmptyMunicipalityHasZerosAndNoRateOrMedian() {
        String m = freshMunicipality();
        get(person(m, "kari"), "/api/v1/projects/summary").statusCode(200)
                .body("municipality", equalTo(m))
                .body("projects", equalTo(0))
                .body("byStep.FOUNDATION", equalTo(0)).body("byStep.IN_USE", equalTo(0))
                .body("bySector.OPPVEKST", equalTo(0))
                .body("nyttiggjortRate", nullValue())
                .body("medianBltLoops", nullValue());
    }

    @Test
    void countsStepsAndSectorsTheRateAndTheMedianLoopsOfOneMunicipalityOnly() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        // In use: through every gate, with three BLT tests.
        String inUse = StepGateTest.throughExplore(m, kari);
        String need = addNeed(kari, inUse);
        addTest(kari, inUse, "ADJUST", List.of(need));
        addTest(kari, inUse, "REJECTED", List.of(need));
        moveTo(kari, inUse, "REALISE");
        String benefit = addBenefit(kari, inUse);
        measure(kari, inUse, benefit, Blt.LAST_WEEK, 20);
        decide(kari, inUse, true);
        moveTo(kari, inUse, "IN_USE");
        // Stopped, with one test; two in FOUNDATION without tests; one archived (left out).
        String stopped = Blt.bareProject(kari);
        addTest(kari, stopped, "REJECTED", List.of());
        transition(kari, stopped, etag(kari, projectPath(stopped)), Map.of("to", "STOPPED", "comment", "Stopp",
                "learning", "Behovet var et annet")).statusCode(200);
        Blt.bareProject(kari);
        Blt.post(kari, "/api/v1/projects", Map.of("title", "Planarbeid", "sector", "PLAN")).statusCode(201);
        String archived = Blt.bareProject(kari);
        io.restassured.RestAssured.given().header("Authorization", kari).header("If-Match", etag(kari, projectPath(archived)))
                .when().post(projectPath(archived) + "/archive").then().statusCode(200);
        // Another municipality's projects do not count.
        Blt.bareProject(person(freshMunicipality(), "kari"));

        String body = get(kari, "/api/v1/projects/summary").statusCode(200)
                .body("projects", equalTo(4))
                .body("byStep.FOUNDATION", equalTo(2)).body("byStep.IN_USE", equalTo(1)).body("byStep.STOPPED", equalTo(1))
                .body("byStep.NEEDS", equalTo(0))
                .body("bySector.NAV_SOSIAL", equalTo(2)).body("bySector.OPPVEKST", equalTo(1)).body("bySector.PLAN", equalTo(1))
                .body("nyttiggjortRate", equalTo(0.5f))
                // loops per project: 3, 1, 0, 0 → median 0.5
                .body("medianBltLoops", equalTo(0.5f))
                .body(not(containsString("Kari")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("kari-"), "no user ids or names: " + body);
        get(kari, "/api/v1/projects/summary?archived=true").body("projects", equalTo(5)).body("byStep.FOUNDATION", equalTo(3));
        get(kari, "/api/v1/projects/summary?archived=perhaps").statusCode(400).body("errors[0].field", equalTo("archived"));
    }

    @Test
    void readersMaySeeTheSummaryOthersMayNot() {
        String m = freshMunicipality();
        get(TestTokens.user("assessor").municipality(m).roles("assessor").bearer(), "/api/v1/projects/summary").statusCode(200);
        get(TestTokens.user("analyst").municipality(m).roles("network-analyst").bearer(), "/api/v1/projects/summary")
                .statusCode(403).contentType("application/problem+json");
    }
}
