package no.nyttiggjort.project.rest;

import static no.nyttiggjort.project.rest.Blt.LAST_MONTH;
import static no.nyttiggjort.project.rest.Blt.LAST_WEEK;
import static no.nyttiggjort.project.rest.Blt.addBenefit;
import static no.nyttiggjort.project.rest.Blt.addInsight;
import static no.nyttiggjort.project.rest.Blt.addMember;
import static no.nyttiggjort.project.rest.Blt.addNeed;
import static no.nyttiggjort.project.rest.Blt.addTest;
import static no.nyttiggjort.project.rest.Blt.bareProject;
import static no.nyttiggjort.project.rest.Blt.decide;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.measure;
import static no.nyttiggjort.project.rest.Blt.moveTo;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.put;
import static no.nyttiggjort.project.rest.Blt.readyForNeeds;
import static no.nyttiggjort.project.rest.Blt.transition;
import static no.nyttiggjort.project.rest.Blt.userId;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** The KS guide's steps: every gate with each unmet requirement named, back one step, stop with learning. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class StepGateTest {

    @Test
    void aNewProjectStartsInFoundationWithItsCreatorOnTheTeam() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        get(kari, projectPath(id)).statusCode(200)
                .body("step", equalTo("FOUNDATION"))
                .body("problemStatement", nullValue())
                .body("progress.bltLoops", equalTo(0))
                .body("progress.daysFromFirstNeedToFirstConfirmedTest", nullValue());
        get(kari, projectPath(id) + "/team").statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].userId", equalTo(userId(m, "kari")))
                .body("items[0].role", equalTo("Prosjekteier"));
    }

    @Test
    void theGateToNeedsNamesEveryUnmetRequirementUntilAllAreMet() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String before = etag(kari, projectPath(id));

        transition(kari, id, "NEEDS", "Klar for behovsarbeid")
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://nyttiggjort.no/problems/gate-not-met"))
                .body("errors.field", containsInAnyOrder("champion", "team", "problemStatement"))
                .body("errors.find { it.field == 'team' }.message", containsString("it has 1"));
        assertEquals(before, etag(kari, projectPath(id)), "a refused transition changes nothing");

        put(kari, projectPath(id), before, Map.of("title", "Aktivitetsplikt", "sector", "NAV_SOSIAL",
                "problemStatement", "Unge opplever aktivitetsplikten som straff")).statusCode(200)
                .body("problemStatement", equalTo("Unge opplever aktivitetsplikten som straff"));
        transition(kari, id, "NEEDS", "Nytt forsøk").statusCode(409)
                .body("errors.field", containsInAnyOrder("champion", "team"));

        addMember(kari, id, null, "Brukerrepresentant", "Ungdomsrådet");
        transition(kari, id, "NEEDS", "Nytt forsøk").statusCode(409).body("errors.field", contains("champion"));

        put(kari, projectPath(id), etag(kari, projectPath(id)), Map.of("title", "Aktivitetsplikt", "sector", "NAV_SOSIAL",
                "problemStatement", "Unge opplever aktivitetsplikten som straff", "championUserId", userId(m, "kari")))
                .statusCode(200).body("champion", equalTo("kari-" + m)).body("championUserId", equalTo(userId(m, "kari")));
        transition(kari, id, "NEEDS", "Grunnmuren er lagt").statusCode(200)
                .body("step", equalTo("NEEDS")).body("stepChangedAt", notNullValue());
    }

    @Test
    void theGateToExploreNeedsANeedBackedByAnInsight() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = readyForNeeds(m, kari);
        moveTo(kari, id, "NEEDS");

        transition(kari, id, "EXPLORE", "Utforske").statusCode(409).body("errors.field", contains("needs"));
        String need = addNeed(kari, id);
        transition(kari, id, "EXPLORE", "Utforske").statusCode(409).body("errors.field", contains("needs"));
        addInsight(kari, id, need);
        transition(kari, id, "EXPLORE", "Behovet er underbygget").statusCode(200).body("step", equalTo("EXPLORE"));
    }

    @Test
    void theGateToRealiseNeedsAConfirmedTestLinkedToANeed() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = readyForNeeds(m, kari);
        moveTo(kari, id, "NEEDS");
        String need = addNeed(kari, id);
        addInsight(kari, id, need);
        moveTo(kari, id, "EXPLORE");

        transition(kari, id, "REALISE", "Realisere").statusCode(409).body("errors.field", contains("tests"));
        addTest(kari, id, "REJECTED", List.of(need));
        addTest(kari, id, "ADJUST", List.of(need));
        addTest(kari, id, null, List.of(need));
        addTest(kari, id, "CONFIRMED", List.of());
        transition(kari, id, "REALISE", "Realisere").statusCode(409)
                .body("errors[0].message", containsString("CONFIRMED, linked to a need"));
        addTest(kari, id, "CONFIRMED", List.of(need));
        transition(kari, id, "REALISE", "Testen bekreftet hypotesen").statusCode(200).body("step", equalTo("REALISE"));

        get(kari, projectPath(id)).statusCode(200)
                .body("progress.bltLoops", equalTo(5))
                .body("progress.daysFromFirstNeedToFirstConfirmedTest", equalTo(23));
    }

    @Test
    void theGateToInUseNeedsAMeasuredBenefitAndADecisionIntoNormalOperation() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = throughExplore(m, kari);
        moveTo(kari, id, "REALISE");

        transition(kari, id, "IN_USE", "Nyttiggjort").statusCode(409)
                .body("errors.field", containsInAnyOrder("benefits", "anchoring"));
        String benefit = addBenefit(kari, id);
        measure(kari, id, benefit, LAST_MONTH, 40);
        decide(kari, id, false);
        transition(kari, id, "IN_USE", "Nyttiggjort").statusCode(409)
                .body("errors.field", containsInAnyOrder("benefits", "anchoring"));

        measure(kari, id, benefit, LAST_WEEK, 25.5);
        transition(kari, id, "IN_USE", "Nyttiggjort").statusCode(409).body("errors.field", contains("anchoring"));
        decide(kari, id, true);
        transition(kari, id, "IN_USE", "I drift og med effekt").statusCode(200).body("step", equalTo("IN_USE"));

        get(kari, projectPath(id)).statusCode(200)
                .body("progress.benefits[0].baselineValue", equalTo(40))
                .body("progress.benefits[0].latestValue", equalTo(25.5f))
                .body("progress.benefits[0].latestDate", equalTo(LAST_WEEK))
                .body("progress.benefits[0].changeFromBaseline", equalTo(-14.5f))
                .body("progress.benefits[0].changePercent", equalTo(-36.3f));

        for (String to : new String[] { "REALISE", "STOPPED", "FOUNDATION" }) {
            Map<String, Object> body = new HashMap<>(Map.of("to", to, "comment", "Etter slutt", "learning", "Noe"));
            transition(kari, id, etag(kari, projectPath(id)), body).statusCode(409)
                    .body("detail", containsString("ended"));
        }
    }

    @Test
    void goingBackOneStepIsAllowedWithACommentButSkippingIsNot() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = throughExplore(m, kari);

        transition(kari, id, "IN_USE", "Hopp over").statusCode(409).body("detail", containsString("not to IN_USE"));
        transition(kari, id, "FOUNDATION", "To steg tilbake").statusCode(409);
        transition(kari, id, "EXPLORE", "Samme steg").statusCode(409);
        transition(kari, id, "NEEDS", "Løsningen traff ikke; tilbake til behovene").statusCode(200).body("step", equalTo("NEEDS"));
        transition(kari, id, "FOUNDATION", "Teamet må settes på nytt").statusCode(200).body("step", equalTo("FOUNDATION"));
        transition(kari, id, "EXPLORE", "Hopp over").statusCode(409);

        get(kari, projectPath(id) + "/timeline?size=2").statusCode(200)
                .body("items[0].action", equalTo("STEP_CHANGED"))
                .body("items[0].fromStep", equalTo("NEEDS"))
                .body("items[0].toStep", equalTo("FOUNDATION"))
                .body("items[0].comment", equalTo("Teamet må settes på nytt"))
                .body("items[0].actorId", equalTo(userId(m, "kari")))
                .body("items[0].actorName", equalTo("kari-" + m))
                .body("items[1].comment", equalTo("Løsningen traff ikke; tilbake til behovene"));
    }

    @Test
    void stoppingNeedsALearningTextAndEndsTheProjectFromAnyStep() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String version = etag(kari, projectPath(id));

        transition(kari, id, version, Map.of("to", "STOPPED", "comment", "Vi stopper")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("learning"));
        transition(kari, id, version, Map.of("to", "STOPPED", "comment", "Vi stopper", "learning", "  ")).statusCode(400)
                .body("errors.field", contains("learning"));
        assertEquals(version, etag(kari, projectPath(id)));

        transition(kari, id, version, Map.of("to", "STOPPED", "comment", "Vi stopper",
                "learning", "Behovet var allerede dekket av NAV")).statusCode(200)
                .body("step", equalTo("STOPPED")).body("learning", equalTo("Behovet var allerede dekket av NAV"));
        transition(kari, id, "FOUNDATION", "Gjenoppta").statusCode(409);

        String other = throughExplore(m, kari);
        transition(kari, other, etag(kari, projectPath(other)), Map.of("to", "STOPPED", "comment", "Stopp i utforsking",
                "learning", "Ingen løsning holdt")).statusCode(200).body("step", equalTo("STOPPED"));
    }

    @Test
    void aTransitionNeedsTheCurrentETagAValidStepAndAComment() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = readyForNeeds(m, kari);
        String version = etag(kari, projectPath(id));

        transition(kari, id, null, Map.of("to", "NEEDS", "comment", "Uten If-Match")).statusCode(428)
                .contentType("application/problem+json");
        transition(kari, id, "\"0\"", Map.of("to", "NEEDS", "comment", "Gammel versjon")).statusCode(412)
                .contentType("application/problem+json");
        transition(kari, id, version, Map.of("to", "NEEDS")).statusCode(400).body("errors.field", contains("comment"));
        transition(kari, id, version, Map.of("to", "NEEDS", "comment", " ")).statusCode(400).body("errors.field", contains("comment"));
        transition(kari, id, version, Map.of("to", "MARS", "comment", "Feil")).statusCode(400).body("errors.field", contains("to"));
        transition(kari, id, version, Map.of("comment", "Hvor?")).statusCode(400).body("errors.field", contains("to"));
        transition(kari, id, version, Map.of("to", "NEEDS", "comment", "x".repeat(4001))).statusCode(400)
                .body("errors.field", contains("comment"));
        assertEquals(version, etag(kari, projectPath(id)));
        get(kari, projectPath(id)).body("step", equalTo("FOUNDATION"));
        assertEquals(0, countStepChanges(kari, id));

        transition(kari, id, version, Map.of("to", "NEEDS", "comment", "Nå")).statusCode(200);
        assertEquals(1, countStepChanges(kari, id));
    }

    @Test
    void anArchivedProjectCannotChangeStep() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = readyForNeeds(m, kari);
        Blt.post(kari, projectPath(id) + "/archive", Map.of()).statusCode(428);
        io.restassured.RestAssured.given().header("Authorization", kari).header("If-Match", etag(kari, projectPath(id)))
                .when().post(projectPath(id) + "/archive").then().statusCode(200);
        transition(kari, id, "NEEDS", "Etter arkivering").statusCode(409).body("detail", containsString("archived"));
        assertEquals(0, countStepChanges(kari, id));
        get(kari, projectPath(id) + "/timeline").body("items[0].action", equalTo("PROJECT_ARCHIVED"));
    }

    private static int countStepChanges(String token, String id) {
        List<String> actions = get(token, projectPath(id) + "/timeline?size=200").statusCode(200)
                .body("items.action", hasItem("PROJECT_CREATED")).extract().path("items.action");
        return (int) actions.stream().filter("STEP_CHANGED"::equals).count();
    }

    /** A project in EXPLORE with one need backed by an insight and one confirmed test of it. */
    static String throughExplore(String m, String token) {
        String id = readyForNeeds(m, token);
        moveTo(token, id, "NEEDS");
        String need = addNeed(token, id);
        addInsight(token, id, need);
        moveTo(token, id, "EXPLORE");
        addTest(token, id, "CONFIRMED", List.of(need));
        return id;
    }
}
