package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.moveTo;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.post;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.put;
import static no.nyttiggjort.project.rest.Blt.readyForNeeds;
import static no.nyttiggjort.project.rest.Blt.userId;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** Searching a municipality's projects: every filter, every order, and a named 400 for every bad parameter. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectSearchTest {

    private static ValidatableResponse list(String token, Map<String, ?> query) {
        return given().header("Authorization", token).queryParams(query)
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails();
    }

    private static String create(String token, String title, String sector, String champion) {
        return post(token, "/api/v1/projects", Map.of("title", title, "sector", sector, "champion", champion,
                "description", "Om " + title)).statusCode(201).extract().path("id");
    }

    @Test
    void filtersByStepSectorVisibilityChampionTextAndUpdatedSince() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String housing = create(kari, "Boliger til flyktninger", "HELSE_OG_OMSORG", "Per Olsen");
        String school = create(kari, "Plass til tre nye trinn på Bergerbakken", "OPPVEKST", "Anne Berg");
        // Needs a champion user id to match by id: readyForNeeds puts Ola on the team.
        String dropout = readyForNeeds(m, kari);
        put(kari, projectPath(dropout), etag(kari, projectPath(dropout)), Map.of("title", "Ingen faller utenfor",
                "sector", "OPPVEKST", "championUserId", userId(m, "ola"), "problemStatement", "Frafall")).statusCode(200);
        moveTo(kari, dropout, "NEEDS");
        SharingTest.share(kari, housing);

        list(kari, Map.of("step", "NEEDS")).statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(dropout));
        list(kari, Map.of("step", "FOUNDATION")).body("total", equalTo(2));
        list(kari, Map.of("sector", "OPPVEKST")).body("total", equalTo(2));
        list(kari, Map.of("sector", "OPPVEKST", "step", "FOUNDATION")).body("items.id", contains(school));
        list(kari, Map.of("visibility", "SHARED")).body("items.id", contains(housing));
        list(kari, Map.of("visibility", "MUNICIPALITY")).body("total", equalTo(2));
        list(kari, Map.of("champion", "anne")).body("items.id", contains(school));
        list(kari, Map.of("champion", userId(m, "ola"))).body("items.id", contains(dropout));
        list(kari, Map.of("champion", "100%")).body("total", equalTo(0));
        list(kari, Map.of("q", "bergerbakken")).body("items.id", contains(school));
        list(kari, Map.of("q", "om boliger")).body("items.id", contains(housing));
        list(kari, Map.of("updatedSince", "2000-01-01T00:00:00Z")).body("total", equalTo(3));
        list(kari, Map.of("updatedSince", Instant.now().plusSeconds(3600).toString())).body("total", equalTo(0));
        list(kari, Map.of("updatedSince", "2000-01-01T01:00:00+01:00")).body("total", equalTo(3));

        // updatedSince names the last change: touching one project brings just it back.
        String mark = Instant.now().minusMillis(1).toString();
        Blt.addNeed(kari, dropout);
        list(kari, Map.of("updatedSince", mark)).body("items.id", contains(dropout));
    }

    @Test
    void sortsByUpdatedAtCreatedAtOrTitleEitherWay() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String b = create(kari, "B-prosjektet", "PLAN", "Kari");
        String a = create(kari, "A-prosjektet", "PLAN", "Kari");
        String c = create(kari, "C-prosjektet", "PLAN", "Kari");
        Blt.addNeed(kari, b);

        list(kari, Map.of()).body("items.id", contains(b, c, a));
        list(kari, Map.of("sort", "-updatedAt")).body("items.id", contains(b, c, a));
        list(kari, Map.of("sort", "updatedAt")).body("items.id", contains(a, c, b));
        list(kari, Map.of("sort", "createdAt")).body("items.id", contains(b, a, c));
        list(kari, Map.of("sort", "-createdAt")).body("items.id", contains(c, a, b));
        list(kari, Map.of("sort", "title")).body("items.id", contains(a, b, c));
        list(kari, Map.of("sort", "-title", "size", "2")).body("items.id", contains(c, b)).body("total", equalTo(3));
        list(kari, Map.of("sort", "-title", "size", "2", "page", "1")).body("items.id", contains(a));
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        String kari = person(freshMunicipality(), "kari");
        Map<String, String> bad = Map.of("step", "DONE", "sector", "SKOLE", "visibility", "ALL", "updatedSince", "yesterday",
                "sort", "popularity", "scope", "world", "archived", "maybe", "page", "-1", "size", "500");
        bad.forEach((name, value) -> list(kari, Map.of(name, value)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(name)));
        list(kari, Map.of("updatedSince", "2026-05-26")).statusCode(400).body("errors[0].field", equalTo("updatedSince"))
                .body("errors[0].message", containsString("ISO-8601"));
        list(kari, Map.of("sort", "title ")).statusCode(200);
        list(kari, Map.of("champion", "x".repeat(201))).statusCode(400).body("errors[0].field", equalTo("champion"));
    }
}
