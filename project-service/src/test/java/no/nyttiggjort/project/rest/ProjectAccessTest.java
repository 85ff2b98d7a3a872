package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.Blt.addBenefit;
import static no.nyttiggjort.project.rest.Blt.addInsight;
import static no.nyttiggjort.project.rest.Blt.addMember;
import static no.nyttiggjort.project.rest.Blt.addNeed;
import static no.nyttiggjort.project.rest.Blt.addTest;
import static no.nyttiggjort.project.rest.Blt.bareProject;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.post;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.put;
import static no.nyttiggjort.project.rest.Blt.total;
import static no.nyttiggjort.project.rest.Blt.transition;
import static no.nyttiggjort.project.rest.Blt.userId;
import static no.nyttiggjort.project.rest.ProjectApi.admin;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** Who may do what: the team, the champion and a municipality-admin change; colleagues read; other municipalities see nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectAccessTest {

    /** Every kind of part, with a body that would be accepted. */
    private static Map<String, Object> partBodies(String m, String need) {
        return Map.of(
                "needs", Blt.need("Trygghet"),
                "solutions", Map.of("description", "Fast kontaktperson", "needIds", List.of(need)),
                "tests", Blt.test("CONFIRMED", List.of(need)),
                "team", Map.of("name", "Per Hansen", "role", "Bruker"),
                "anchoring", Blt.decision(true),
                "benefits", Blt.benefit(),
                "workshops", Map.of("kind", "IDEA_SESSION", "date", Blt.LAST_WEEK, "targetGroup", "Unge", "citizens", 9,
                        "employees", 2),
                "needs/" + need + "/insights", Blt.insight());
    }

    @Test
    void aColleagueOffTheTeamReadsEverythingButChangesNothing() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String per = person(m, "per");
        String id = bareProject(kari);
        String need = addNeed(kari, id);
        String benefit = addBenefit(kari, id);
        String version = etag(kari, projectPath(id));

        get(per, projectPath(id)).statusCode(200);
        put(per, projectPath(id), version, Map.of("title", "Kapret", "sector", "PLAN")).statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        transition(per, id, version, Map.of("to", "STOPPED", "comment", "Nei", "learning", "Nei")).statusCode(403);
        given().header("Authorization", per).header("If-Match", version).when().post(projectPath(id) + "/archive")
                .then().statusCode(403);
        partBodies(m, need).forEach((path, body) -> {
            get(per, projectPath(id) + "/" + path).statusCode(200);
            post(per, projectPath(id) + "/" + path, body).statusCode(403).contentType("application/problem+json");
        });
        post(per, projectPath(id) + "/benefits/" + benefit + "/measurements", Map.of("date", Blt.TODAY, "value", 1)).statusCode(403);
        put(per, projectPath(id) + "/needs/" + need, "\"0\"", Blt.need("Kapret")).statusCode(403);
        Blt.delete(per, projectPath(id) + "/needs/" + need, "\"0\"").statusCode(403);
        assertEquals(version, etag(kari, projectPath(id)), "nothing was changed");
    }

    @Test
    void aTeamMemberTheChampionAndAnAdminMayChangeTheProjectAndItsParts() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String ola = person(m, "ola");
        String siri = person(m, "siri");
        String id = bareProject(kari);
        String need = addNeed(kari, id);

        String member = addMember(kari, id, userId(m, "ola"), "Ola Hansen", "Rådgiver");
        partBodies(m, need).forEach((path, body) -> post(ola, projectPath(id) + "/" + path, body).statusCode(201));

        // Siri is champion (named by user id, so on the team first), then leaves the team but stays champion.
        String siriMember = addMember(ola, id, userId(m, "siri"), "Siri Dahl", "Ildsjel");
        put(ola, projectPath(id), etag(ola, projectPath(id)), Map.of("title", "Aktivitetsplikt", "sector", "NAV_SOSIAL",
                "championUserId", userId(m, "siri"))).statusCode(200).body("champion", equalTo("Siri Dahl"));
        Blt.delete(ola, projectPath(id) + "/team/" + siriMember, "\"0\"").statusCode(204);
        addNeed(siri, id);

        // Ola leaves the team and loses the right to change.
        Blt.delete(kari, projectPath(id) + "/team/" + member, "\"0\"").statusCode(204);
        post(ola, projectPath(id) + "/needs", Blt.need("Etter at jeg gikk ut")).statusCode(403);

        String adm = admin(m);
        post(adm, projectPath(id) + "/needs", Blt.need("Fra administrator")).statusCode(201);
        put(adm, projectPath(id), etag(adm, projectPath(id)), Map.of("title", "Endret av admin", "sector", "NAV_SOSIAL"))
                .statusCode(200);
        transition(adm, id, etag(adm, projectPath(id)), Map.of("to", "STOPPED", "comment", "Stoppet av admin",
                "learning", "Behovet forsvant")).statusCode(200);
        assertEquals(4, total(kari, projectPath(id) + "/needs"));
    }

    @Test
    void championUserIdMustBeATeamMember() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        put(kari, projectPath(id), etag(kari, projectPath(id)), Map.of("title", "T", "sector", "PLAN",
                "championUserId", userId(m, "fremmed"))).statusCode(400).body("errors[0].field", equalTo("championUserId"));
        post(kari, "/api/v1/projects", Map.of("title", "T", "sector", "PLAN", "championUserId", userId(m, "fremmed")))
                .statusCode(400).body("errors[0].field", equalTo("championUserId"));
    }

    @Test
    void anotherMunicipalityGets404OnTheProjectAndEveryPart() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String stranger = person(freshMunicipality(), "kari");
        String strangerAdmin = admin(freshMunicipality());
        String id = bareProject(kari);
        String need = addNeed(kari, id);
        String insight = addInsight(kari, id, need);
        String solution = post(kari, projectPath(id) + "/solutions", Map.of("description", "L", "needIds", List.of(need)))
                .statusCode(201).extract().path("id");
        String test = addTest(kari, id, "CONFIRMED", List.of(need));
        String member = addMember(kari, id, null, "Per", "Bruker");
        String decision = post(kari, projectPath(id) + "/anchoring", Blt.decision(true)).statusCode(201).extract().path("id");
        String benefit = addBenefit(kari, id);
        Blt.measure(kari, id, benefit, Blt.LAST_WEEK, 10);
        String workshop = post(kari, projectPath(id) + "/workshops", Map.of("kind", "WORKSHOP", "date", Blt.LAST_WEEK,
                "targetGroup", "Unge", "citizens", 3, "employees", 1)).statusCode(201).extract().path("id");
        String version = etag(kari, projectPath(id));
        String p = projectPath(id);

        for (String who : new String[] { stranger, strangerAdmin }) {
            for (String path : List.of(p, p + "/timeline", p + "/needs", p + "/needs/" + need, p + "/needs/" + need + "/insights",
                    p + "/needs/" + need + "/insights/" + insight, p + "/solutions", p + "/solutions/" + solution, p + "/tests",
                    p + "/tests/" + test, p + "/team", p + "/team/" + member, p + "/anchoring", p + "/anchoring/" + decision,
                    p + "/benefits", p + "/benefits/" + benefit, p + "/benefits/" + benefit + "/measurements", p + "/workshops",
                    p + "/workshops/" + workshop)) {
                get(who, path).statusCode(404).contentType("application/problem+json");
            }
            partBodies(m, need).forEach((path, body) -> post(who, p + "/" + path, body).statusCode(404));
            post(who, p + "/benefits/" + benefit + "/measurements", Map.of("date", Blt.TODAY, "value", 1)).statusCode(404);
            transition(who, id, version, Map.of("to", "NEEDS", "comment", "Kapring")).statusCode(404);
            put(who, p, version, Map.of("title", "Kapret", "sector", "PLAN")).statusCode(404);
            Map<String, Object> puts = Map.of("needs/" + need, Blt.need("Kapret"),
                    "solutions/" + solution, Map.of("description", "Kapret"),
                    "tests/" + test, Blt.test(null, List.of()),
                    "team/" + member, Map.of("name", "Kapret", "role", "Kaprer"),
                    "anchoring/" + decision, Blt.decision(false),
                    "benefits/" + benefit, Blt.benefit(),
                    "workshops/" + workshop, Map.of("kind", "WORKSHOP", "date", Blt.LAST_WEEK, "targetGroup", "X",
                            "citizens", 1, "employees", 1));
            puts.forEach((path, body) -> {
                put(who, p + "/" + path, "\"0\"", body).statusCode(404).contentType("application/problem+json");
                Blt.delete(who, p + "/" + path, "\"0\"").statusCode(404);
            });
            Blt.delete(who, p + "/needs/" + need + "/insights/" + insight, "\"0\"").statusCode(404);
        }
        assertEquals(version, etag(kari, p), "nothing was changed");
        given().header("Authorization", stranger).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Blt.need("Kapret")).when().put(p + "/needs/" + need).then().statusCode(404);
    }
}
