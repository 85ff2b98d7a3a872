package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.moveTo;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.put;
import static no.nyttiggjort.project.rest.Blt.readyForNeeds;
import static no.nyttiggjort.project.rest.Blt.transition;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** The change feed: every kind of event, in order, under a stable cursor, scoped to what the caller may see. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ChangeFeedTest {

    static ValidatableResponse feed(String token, String after, Integer size) {
        var request = given().header("Authorization", token);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (size != null) {
            request.queryParam("size", size);
        }
        return request.when().get("/api/v1/projects/changes").then().log().ifValidationFails();
    }

    /** Every event the caller may see, read from the beginning page by page; also checks next and hasMore. */
    static List<Map<String, Object>> readAll(String token, int size) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        for (int i = 0; i < 10_000; i++) {
            JsonPath page = feed(token, after, size).statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            all.addAll(items);
            String next = page.getString("next");
            if (!items.isEmpty()) {
                assertEquals(items.get(items.size() - 1).get("cursor"), next, "next is the last event's cursor");
            }
            if (!page.getBoolean("hasMore")) {
                return all;
            }
            after = next;
        }
        throw new AssertionError("the feed did not end");
    }

    private static List<String> typesOf(List<Map<String, Object>> events, String projectId) {
        return events.stream().filter(e -> projectId.equals(e.get("projectId"))).map(e -> (String) e.get("type")).toList();
    }

    @Test
    void recordsEveryKindOfChangeInOrderWithAStableCursor() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = readyForNeeds(m, kari);
        put(kari, projectPath(id), etag(kari, projectPath(id)), Map.of("title", "Ingen faller utenfor", "sector", "OPPVEKST",
                "champion", "Kari", "problemStatement", "Frafall")).statusCode(200);
        moveTo(kari, id, "NEEDS");
        SharingTest.share(kari, id);
        String other = freshMunicipality();
        String adopted = SharingTest.adopt(person(other, "ola"), id).statusCode(201).extract().path("id");
        // A refused change leaves no event: the gate to EXPLORE is not met.
        transition(kari, id, "EXPLORE", "For tidlig").statusCode(409);

        List<Map<String, Object>> all = readAll(kari, 200);
        assertEquals(List.of("CREATED", "UPDATED", "UPDATED", "STEP_CHANGED", "SHARED", "ADOPTED"), typesOf(all, id));
        List<Map<String, Object>> mine = all.stream().filter(e -> id.equals(e.get("projectId"))).toList();
        assertEquals("PROJECT_UPDATED", mine.get(2).get("action"));
        assertEquals("NEEDS", mine.get(3).get("step"));
        assertEquals("FOUNDATION", mine.get(3).get("fromStep"));
        assertEquals("SHARED", mine.get(4).get("visibility"));
        assertEquals(other, mine.get(5).get("relatedMunicipality"));
        mine.forEach(e -> assertEquals(m, e.get("municipality")));
        assertFalse(all.stream().anyMatch(e -> adopted.equals(e.get("projectId"))), "the adopter's own project is private");

        // Reading one event at a time gives the same events in the same order, and the same cursors.
        assertEquals(all, readAll(kari, 1));
        // Reading on from a cursor gives what followed it; at the end, next stays where it was.
        String afterShared = (String) mine.get(4).get("cursor");
        feed(kari, afterShared, 200).statusCode(200).body("items[0].type", equalTo("ADOPTED"));
        String last = (String) all.get(all.size() - 1).get("cursor");
        feed(kari, last, 20).statusCode(200).body("items.size()", equalTo(0)).body("next", equalTo(last))
                .body("hasMore", equalTo(false));
        SharingTest.setVisibility(kari, id, etag(kari, projectPath(id)), Map.of("visibility", "MUNICIPALITY")).statusCode(200);
        feed(kari, last, 20).body("items.type", org.hamcrest.Matchers.contains("UNSHARED"));
    }

    @Test
    void anotherMunicipalitySeesOnlyTheSharingAndAdoptionOfSharedProjects() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String shared = SharingTest.sharedProject(kari);
        String privateOne = Blt.bareProject(kari);
        Blt.addNeed(kari, shared);
        String other = freshMunicipality();
        String ola = person(other, "ola");
        String adopted = SharingTest.adopt(ola, shared).statusCode(201).extract().path("id");

        List<Map<String, Object>> theirs = readAll(ola, 200);
        assertEquals(List.of("SHARED", "ADOPTED"), typesOf(theirs, shared));
        assertEquals(List.of(), typesOf(theirs, privateOne));
        assertEquals(List.of("CREATED"), typesOf(theirs, adopted));
        Map<String, Object> created = theirs.stream().filter(e -> adopted.equals(e.get("projectId"))).findFirst().orElseThrow();
        assertEquals(shared, created.get("adoptedFrom"));
        assertEquals("PROJECT_ADOPTED", created.get("action"));
        theirs.forEach(e -> assertTrue(e.get("municipality").equals(other) || List.of("SHARED", "UNSHARED", "ADOPTED")
                .contains(e.get("type")), "only own events or network events: " + e));
        assertTrue(theirs.stream().noneMatch(e -> e.containsKey("actorId") || e.containsKey("actorName")), "no people");

        String third = person(freshMunicipality(), "per");
        List<Map<String, Object>> outsiders = readAll(third, 200);
        assertEquals(List.of("SHARED", "ADOPTED"), typesOf(outsiders, shared));
        assertEquals(List.of(), typesOf(outsiders, adopted));
    }

    @Test
    void aBadCursorOrSizeIsA400NamingIt() {
        String kari = person(freshMunicipality(), "kari");
        for (String bad : new String[] { "abc", "YzE6LTE", "eDE6MTA", "!!!", "YzE6eA" }) {
            feed(kari, bad, null).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"));
        }
        for (String bad : new String[] { "0", "201", "many" }) {
            given().header("Authorization", kari).queryParam("size", bad).when().get("/api/v1/projects/changes")
                    .then().statusCode(400).body("errors[0].field", equalTo("size"));
        }
        feed(kari, null, null).statusCode(200);
        given().when().get("/api/v1/projects/changes").then().statusCode(401).contentType("application/problem+json");
    }
}
