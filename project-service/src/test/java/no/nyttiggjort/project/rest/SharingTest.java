package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.Blt.addBenefit;
import static no.nyttiggjort.project.rest.Blt.addInsight;
import static no.nyttiggjort.project.rest.Blt.addMember;
import static no.nyttiggjort.project.rest.Blt.addNeed;
import static no.nyttiggjort.project.rest.Blt.addTest;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.post;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.put;
import static no.nyttiggjort.project.rest.Blt.total;
import static no.nyttiggjort.project.rest.Blt.transition;
import static no.nyttiggjort.project.rest.ProjectApi.admin;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Sharing and reuse: a shared project is read, not changed, by every municipality, and adopted by another. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class SharingTest {

    static ValidatableResponse setVisibility(String token, String id, String ifMatch, Object body) {
        return put(token, projectPath(id) + "/visibility", ifMatch, body);
    }

    static void share(String token, String id) {
        setVisibility(token, id, etag(token, projectPath(id)), Map.of("visibility", "SHARED")).statusCode(200);
    }

    static ValidatableResponse adopt(String token, String id) {
        return given().header("Authorization", token).when().post(projectPath(id) + "/adoptions").then().log().ifValidationFails();
    }

    static String sharedProject(String token) {
        String id = post(token, "/api/v1/projects", Map.of("title", "Rett informasjon til rett tid i byggesak",
                "description", "Søkere får det de trenger når de trenger det", "sector", "BYGGESAK_TEKNISK",
                "champion", "Kari Nordmann", "problemStatement", "Søknader kommer inn mangelfulle"))
                .statusCode(201).extract().path("id");
        share(token, id);
        return id;
    }

    @Test
    void aSharedProjectAndAllItsPartsAreReadByEveryMunicipalityButChangedOnlyByItsOwn() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String stranger = person(freshMunicipality(), "kari");
        String strangerAdmin = admin(freshMunicipality());
        String id = Blt.bareProject(kari);
        String need = addNeed(kari, id);
        String insight = addInsight(kari, id, need);
        String test = addTest(kari, id, "CONFIRMED", List.of(need));
        String member = addMember(kari, id, null, "Per", "Bruker");
        String benefit = addBenefit(kari, id);
        String p = projectPath(id);
        List<String> paths = List.of(p, p + "/timeline", p + "/needs", p + "/needs/" + need, p + "/needs/" + need + "/insights",
                p + "/needs/" + need + "/insights/" + insight, p + "/solutions", p + "/tests", p + "/tests/" + test, p + "/team",
                p + "/team/" + member, p + "/anchoring", p + "/benefits", p + "/benefits/" + benefit,
                p + "/benefits/" + benefit + "/measurements", p + "/workshops", p + "/adoptions");
        paths.forEach(path -> get(stranger, path).statusCode(404).contentType("application/problem+json"));

        String before = etag(kari, p);
        setVisibility(kari, id, before, Map.of("visibility", "SHARED")).statusCode(200)
                .header("ETag", not(equalTo(before))).body("visibility", equalTo("SHARED"));
        String version = etag(kari, p);

        for (String who : new String[] { stranger, strangerAdmin }) {
            paths.forEach(path -> get(who, path).statusCode(200));
            get(who, p).body("municipality", equalTo(m)).body("progress.bltLoops", equalTo(1));
            put(who, p, version, Map.of("title", "Kapret", "sector", "PLAN")).statusCode(403)
                    .contentType("application/problem+json").body("detail", containsString("shared"));
            setVisibility(who, id, version, Map.of("visibility", "MUNICIPALITY")).statusCode(403);
            transition(who, id, version, Map.of("to", "STOPPED", "comment", "Nei", "learning", "Nei")).statusCode(403);
            given().header("Authorization", who).header("If-Match", version).when().post(p + "/archive").then().statusCode(403);
            post(who, p + "/needs", Blt.need("Kapret")).statusCode(403).contentType("application/problem+json");
            post(who, p + "/needs/" + need + "/insights", Blt.insight()).statusCode(403);
            post(who, p + "/team", Map.of("name", "Inntrenger", "role", "Kaprer")).statusCode(403);
            post(who, p + "/benefits/" + benefit + "/measurements", Map.of("date", Blt.TODAY, "value", 1)).statusCode(403);
            put(who, p + "/needs/" + need, "\"0\"", Blt.need("Kapret")).statusCode(403);
            Blt.delete(who, p + "/tests/" + test, "\"0\"").statusCode(403);
        }
        assertEquals(version, etag(kari, p), "nothing was changed");
        assertEquals(1, total(kari, p + "/needs"));

        // Private again: gone for the others, parts included.
        setVisibility(kari, id, version, Map.of("visibility", "MUNICIPALITY")).statusCode(200)
                .body("visibility", equalTo("MUNICIPALITY"));
        paths.forEach(path -> get(stranger, path).statusCode(404));
        put(stranger, p, etag(kari, p), Map.of("title", "Kapret", "sector", "PLAN")).statusCode(404);
    }

    @Test
    void visibilityIsChangedByTheTeamWithIfMatchAndAValidValue() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String per = person(m, "per");
        String id = Blt.bareProject(kari);
        String version = etag(kari, projectPath(id));
        get(kari, projectPath(id)).body("visibility", equalTo("MUNICIPALITY")).body("adoptedFrom", nullValue());

        setVisibility(kari, id, null, Map.of("visibility", "SHARED")).statusCode(428).contentType("application/problem+json");
        setVisibility(kari, id, "\"999\"", Map.of("visibility", "SHARED")).statusCode(412);
        setVisibility(per, id, version, Map.of("visibility", "SHARED")).statusCode(403);
        setVisibility(kari, id, version, Map.of("visibility", "PUBLIC")).statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
        setVisibility(kari, id, version, Map.of()).statusCode(400).body("errors[0].field", equalTo("visibility"));
        setVisibility(kari, "not-a-uuid", version, Map.of("visibility", "SHARED")).statusCode(404);
        assertEquals(version, etag(kari, projectPath(id)), "nothing was stored");
        get(person(freshMunicipality(), "ola"), projectPath(id)).statusCode(404);

        setVisibility(admin(m), id, version, Map.of("visibility", "SHARED")).statusCode(200);
        String shared = etag(kari, projectPath(id));
        setVisibility(kari, id, shared, Map.of("visibility", "SHARED")).statusCode(200).header("ETag", equalTo(shared));
        List<String> actions = get(kari, projectPath(id) + "/timeline").extract().path("items.action");
        assertEquals(1, actions.stream().filter("VISIBILITY_CHANGED"::equals).count(), "sharing twice is one change");
    }

    @Test
    void anotherMunicipalityAdoptsASharedProjectAsItsOwnAndTheOriginListsItsAdopters() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String origin = sharedProject(kari);
        String originVersion = etag(kari, projectPath(origin));
        String other = freshMunicipality();
        String ola = person(other, "ola");

        var created = adopt(ola, origin).statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/projects/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("municipality", equalTo(other))
                .body("step", equalTo("FOUNDATION"))
                .body("title", equalTo("Rett informasjon til rett tid i byggesak"))
                .body("description", equalTo("Søkere får det de trenger når de trenger det"))
                .body("sector", equalTo("BYGGESAK_TEKNISK"))
                .body("problemStatement", equalTo("Søknader kommer inn mangelfulle"))
                .body("champion", nullValue())
                .body("visibility", equalTo("MUNICIPALITY"))
                .body("adoptedFrom", equalTo(origin))
                .extract();
        String adopted = created.path("id");
        assertEquals(true, created.header("Location").endsWith(adopted));
        assertNotEquals(origin, adopted);
        assertEquals(originVersion, etag(kari, projectPath(origin)), "the origin itself did not change");

        // The adopter's project is theirs: on their list, changeable by them, invisible to the origin.
        get(ola, "/api/v1/projects").body("items.id", contains(adopted));
        get(ola, projectPath(adopted) + "/team").body("items.name", contains("ola-" + other));
        put(ola, projectPath(adopted), etag(ola, projectPath(adopted)), Map.of("title", "Byggesak hjemme", "sector",
                "BYGGESAK_TEKNISK")).statusCode(200);
        get(kari, projectPath(adopted)).statusCode(404);

        // The origin lists the adopter by municipality only, until the adopter shares its project.
        get(kari, projectPath(origin) + "/adoptions").statusCode(200)
                .body("total", equalTo(1)).body("items[0].municipality", equalTo(other))
                .body("items[0].projectId", nullValue()).body("items[0].adoptedAt", notNullValue());
        share(ola, adopted);
        get(person(freshMunicipality(), "siri"), projectPath(origin) + "/adoptions").statusCode(200)
                .body("items[0].projectId", equalTo(adopted));
        get(kari, projectPath(origin) + "/timeline").body("items.action", hasItem("ADOPTED_BY"))
                .body("items.actorName", hasItem("Kommune " + other));

        // Once per municipality; never one's own; a private or unknown project is not found.
        adopt(ola, origin).statusCode(409).contentType("application/problem+json").body("detail", containsString(adopted));
        adopt(admin(other), origin).statusCode(409);
        adopt(kari, origin).statusCode(409).body("detail", containsString("own"));
        String third = freshMunicipality();
        String privateOne = Blt.bareProject(kari);
        adopt(person(third, "per"), privateOne).statusCode(404).contentType("application/problem+json");
        adopt(person(third, "per"), "00000000-0000-0000-0000-000000000000").statusCode(404);
        adopt(TestTokens.user("assessor-" + third).municipality(third).roles("assessor").bearer(), origin).statusCode(403);
        assertEquals(0, total(person(third, "per"), "/api/v1/projects?archived=true"), "nothing was created");
    }

    @Test
    void twoSimultaneousAdoptionsByOneMunicipalityMakeOneProject() throws Exception {
        String origin = sharedProject(person(freshMunicipality(), "kari"));
        String other = freshMunicipality();
        String ola = person(other, "ola");
        String per = person(other, "per");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String who : new String[] { ola, per, ola, per }) {
                answers.add(pool.submit(() -> adopt(who, origin).extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            java.util.Collections.sort(statuses);
            assertEquals(List.of(201, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, total(ola, "/api/v1/projects"));
        get(ola, projectPath(origin) + "/adoptions").body("total", equalTo(1));
    }

    @Test
    void theNetworkListDiscoversSharedProjectsOfEveryMunicipality() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String shared = sharedProject(kari);
        String privateOne = Blt.bareProject(kari);
        String other = person(freshMunicipality(), "ola");
        String marker = "Nettverksmarkør " + m;
        put(kari, projectPath(shared), etag(kari, projectPath(shared)), Map.of("title", marker, "sector", "PLAN"))
                .statusCode(200);
        put(kari, projectPath(privateOne), etag(kari, projectPath(privateOne)), Map.of("title", marker + " privat",
                "sector", "PLAN")).statusCode(200);

        get(other, "/api/v1/projects?scope=network&visibility=SHARED&q=" + marker).statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(shared)).body("items[0].municipality", equalTo(m));
        get(other, "/api/v1/projects?scope=network&q=" + marker).body("items.id", contains(shared));
        get(other, "/api/v1/projects?q=" + marker).body("total", equalTo(0));
        get(kari, "/api/v1/projects?visibility=SHARED").body("items.id", contains(shared));
        get(kari, "/api/v1/projects?visibility=MUNICIPALITY").body("items.id", contains(privateOne));
        get(other, "/api/v1/projects?scope=network&visibility=MUNICIPALITY").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("visibility"));
        get(other, "/api/v1/projects?scope=everywhere").statusCode(400).body("errors[0].field", equalTo("scope"));
        get(other, "/api/v1/projects?visibility=public").statusCode(400).body("errors[0].field", equalTo("visibility"));
    }
}
