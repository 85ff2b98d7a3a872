package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.Blt.bareProject;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.moveTo;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.transition;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The per-municipality project counts behind the network overview, kept current as projects change. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectAggregateTest {

    private static final String PATH = "/api/v1/projects/aggregates/municipalities";
    private static final String ANALYST = TestTokens.user("nils.nettverk").municipality("3053").roles("network-analyst").bearer();
    /** A service account: realm role 'service' and no municipality claim. */
    private static final String SERVICE = TestTokens.user("service-account-gateway").municipality(null).roles("service").bearer();

    @Inject
    EntityManager em;

    private static JsonPath aggregates(String token) {
        return given().header("Authorization", token)
                .when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    private static Map<String, Object> of(JsonPath aggregates, String municipality) {
        List<Map<String, Object>> all = aggregates.getList("municipalities");
        return all.stream().filter(m -> municipality.equals(m.get("municipality"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static int step(Map<String, Object> municipality, String step) {
        return ((Map<String, Integer>) municipality.get("byStep")).get(step);
    }

    private static void stop(String token, String id) {
        transition(token, id, etag(token, projectPath(id)), Map.of("to", "STOPPED", "comment", "Stopp",
                "learning", "Behovet var et annet")).statusCode(200);
    }

    private static void archive(String token, String id) {
        given().header("Authorization", token).header("If-Match", etag(token, projectPath(id)))
                .when().post(projectPath(id) + "/archive").then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void countsActiveProjectsPerStepAndTheSummarysRateAndFollowEveryChange() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        assertNull(of(aggregates(ANALYST), m), "a municipality without projects is not listed");

        String first = bareProject(kari);
        Map<String, Object> one = of(aggregates(ANALYST), m);
        assertEquals(1, one.get("projects"));
        assertEquals(1, step(one, "FOUNDATION"));
        assertNull(one.get("nyttiggjortRate"), "no project has ended yet");

        Blt.inUse(m, kari);
        String needs = Blt.readyForNeeds(m, kari);
        moveTo(kari, needs, "NEEDS");
        stop(kari, first);
        String stoppedThenArchived = bareProject(kari);
        stop(kari, stoppedThenArchived);
        archive(kari, stoppedThenArchived);
        // Another municipality's projects count for that municipality only.
        bareProject(person(freshMunicipality(), "kari"));

        Map<String, Object> mine = of(aggregates(ANALYST), m);
        assertEquals(3, mine.get("projects"), "the archived project is left out");
        assertEquals(0, step(mine, "FOUNDATION"));
        assertEquals(1, step(mine, "NEEDS"));
        assertEquals(0, step(mine, "EXPLORE"));
        assertEquals(0, step(mine, "REALISE"));
        assertEquals(1, step(mine, "IN_USE"));
        assertEquals(1, step(mine, "STOPPED"));
        assertEquals(0.5f, ((Number) mine.get("nyttiggjortRate")).floatValue());
        assertEquals(0, mine.get("adoptionsIn"));
        assertEquals(0, mine.get("adoptionsOut"));

        // The same numbers as the municipality's own summary: one definition of each.
        get(kari, "/api/v1/projects/summary").statusCode(200)
                .body("projects", equalTo(mine.get("projects")))
                .body("byStep.IN_USE", equalTo(1)).body("byStep.STOPPED", equalTo(1)).body("byStep.NEEDS", equalTo(1))
                .body("nyttiggjortRate", equalTo(0.5f));
    }

    @Test
    void adoptionsCountInForTheAdopterAndOutForTheOrigin() {
        String origin = freshMunicipality();
        String adopterA = freshMunicipality();
        String adopterB = freshMunicipality();
        String kari = person(origin, "kari");
        String shared = SharingTest.sharedProject(kari);

        String adopted = SharingTest.adopt(person(adopterA, "ola"), shared).statusCode(201).extract().path("id");
        SharingTest.adopt(person(adopterB, "per"), shared).statusCode(201);
        // A second adoption by the same municipality is refused and changes no count.
        SharingTest.adopt(person(adopterA, "ola"), shared).statusCode(409);

        JsonPath all = aggregates(SERVICE);
        assertEquals(2, of(all, origin).get("adoptionsOut"));
        assertEquals(0, of(all, origin).get("adoptionsIn"));
        Map<String, Object> a = of(all, adopterA);
        assertEquals(1, a.get("adoptionsIn"));
        assertEquals(0, a.get("adoptionsOut"));
        assertEquals(1, a.get("projects"), "the adopted copy starts in FOUNDATION");
        assertEquals(1, step(a, "FOUNDATION"));
        assertEquals(1, of(all, adopterB).get("adoptionsIn"));

        // Archiving the copy takes it out of the step counts; the adoption itself still happened.
        archive(person(adopterA, "ola"), adopted);
        Map<String, Object> afterArchive = of(aggregates(ANALYST), adopterA);
        assertEquals(0, afterArchive.get("projects"));
        assertEquals(1, afterArchive.get("adoptionsIn"));
        assertEquals(2, of(aggregates(ANALYST), origin).get("adoptionsOut"));
    }

    @Test
    void namesNoProjectAndNoPerson() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        Blt.readyForNeeds(m, kari);
        String body = given().header("Authorization", ANALYST).when().get(PATH).then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"municipality\":\"" + m + "\""));
        for (String personal : new String[] { "Ingen faller utenfor", "Kari Nordmann", "kari", "\"id\"" }) {
            assertTrue(!body.contains(personal), "the aggregates must not contain " + personal);
        }
    }

    @Test
    void onlyNetworkAnalystsAndServiceAccountsMayRead() {
        given().when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        String m = freshMunicipality();
        for (String token : new String[] { ProjectApi.employee(m), ProjectApi.admin(m),
                TestTokens.user("assessor").municipality(m).roles("employee", "assessor").bearer() }) {
            given().header("Authorization", token)
                    .when().get(PATH)
                    .then().log().ifValidationFails()
                    .statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403)).body("instance", equalTo(PATH)).body("errors", nullValue());
        }
        aggregates(ANALYST);
        aggregates(SERVICE);
    }

    /**
     * Writers in parallel (creations, step changes, archiving, adoptions in both directions between two
     * municipalities) must leave the maintained counts equal to a count made from scratch.
     */
    @Test
    void theMaintainedCountsEqualARecountAfterConcurrentWrites() throws Exception {
        String east = freshMunicipality();
        String west = freshMunicipality();
        String eastShared = SharingTest.sharedProject(person(east, "kari"));
        String westShared = SharingTest.sharedProject(person(west, "kari"));
        List<Runnable> work = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String who = "writer" + i;
            String home = i % 2 == 0 ? east : west;
            work.add(() -> {
                String token = person(home, who);
                String id = bareProject(token);
                stop(token, id);
                archive(token, bareProject(token));
                Blt.readyForNeeds(home, token);
            });
        }
        // Adoptions in opposite directions at the same time, by municipalities that are also writing.
        for (int i = 0; i < 4; i++) {
            String adopter = freshMunicipality();
            String from = i % 2 == 0 ? eastShared : westShared;
            work.add(() -> SharingTest.adopt(person(adopter, "ola"), from).statusCode(201));
        }
        work.add(() -> SharingTest.adopt(person(west, "ola"), eastShared).statusCode(201));
        work.add(() -> SharingTest.adopt(person(east, "ola"), westShared).statusCode(201));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            work.forEach(task -> done.add(pool.submit(task)));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        List<?> maintained = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select municipality, foundation, needs, explore, realise, in_use, stopped, adoptions_in, adoptions_out
                  from municipality_project_aggregate order by municipality""").getResultList());
        List<?> recounted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select m.municipality,
                       count(p.id) filter (where p.status = 'ACTIVE' and p.step = 'FOUNDATION'),
                       count(p.id) filter (where p.status = 'ACTIVE' and p.step = 'NEEDS'),
                       count(p.id) filter (where p.status = 'ACTIVE' and p.step = 'EXPLORE'),
                       count(p.id) filter (where p.status = 'ACTIVE' and p.step = 'REALISE'),
                       count(p.id) filter (where p.status = 'ACTIVE' and p.step = 'IN_USE'),
                       count(p.id) filter (where p.status = 'ACTIVE' and p.step = 'STOPPED'),
                       count(p.id) filter (where p.adopted_from is not null),
                       (select count(*) from project c join project o on o.id = c.adopted_from
                         where o.municipality = m.municipality)
                  from (select distinct municipality from project) m
                  join project p on p.municipality = m.municipality
                 group by m.municipality order by m.municipality""").getResultList());
        assertEquals(toStrings(recounted), toStrings(maintained));
        Map<String, Object> eastRow = of(aggregates(ANALYST), east);
        assertEquals(3, eastRow.get("adoptionsOut"), "two new municipalities and west adopted east's project");
        assertEquals(1, eastRow.get("adoptionsIn"));
        assertEquals(5, step(eastRow, "FOUNDATION"), "its shared project, three ready for NEEDS and its adopted copy");
        assertEquals(3, step(eastRow, "STOPPED"));
        assertEquals(8, eastRow.get("projects"), "the archived projects are left out");
    }

    private static List<String> toStrings(List<?> rows) {
        return rows.stream().map(r -> java.util.Arrays.toString((Object[]) r)).toList();
    }
}
