package no.nyttiggjort.certification.panel;

import static no.nyttiggjort.certification.support.CertApi.completeAll;
import static no.nyttiggjort.certification.support.CertApi.createProgramme;
import static no.nyttiggjort.certification.support.CertApi.enrol;
import static no.nyttiggjort.certification.support.CertApi.freshMunicipality;
import static no.nyttiggjort.certification.support.CertApi.get;
import static no.nyttiggjort.certification.support.CertApi.moduleIds;
import static no.nyttiggjort.certification.support.CertApi.panel;
import static no.nyttiggjort.certification.support.CertApi.panelist;
import static no.nyttiggjort.certification.support.CertApi.post;
import static no.nyttiggjort.certification.support.CertApi.presentation;
import static no.nyttiggjort.certification.support.CertApi.programmeAdmin;
import static no.nyttiggjort.certification.support.CertApi.project;
import static no.nyttiggjort.certification.support.CertApi.vote;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.certification.support.CertApi;
import no.nyttiggjort.certification.support.FakeNeighboursResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** The majority rule, votes, and the score the panel sees. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeNeighboursResource.class)
class PanelTest {

    private record Setup(String admin, String panelId, String presentationId, String enrolmentId, String projectId) {
    }

    private static Setup setup(String... members) {
        String m = freshMunicipality();
        String admin = programmeAdmin(m);
        String programmeId = createProgramme(admin, 1);
        String projectId = project(m, "Rett informasjon til rett tid i byggesak");
        String enrolmentId = enrol(admin, programmeId, "p-" + UUID.randomUUID(), "Ingrid Berg", projectId);
        completeAll(admin, enrolmentId, moduleIds(admin, programmeId));
        String panelId = panel(admin, programmeId, members);
        return new Setup(admin, panelId, presentation(admin, panelId, projectId, enrolmentId), enrolmentId, projectId);
    }

    private static String[] members(int n) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "member" + i + "-" + suffix;
        }
        return names;
    }

    @Test
    void aTieIsFail() {
        String[] members = members(2);
        Setup s = setup(members);
        vote(members[0], s.panelId(), s.presentationId(), "PASS").statusCode(201).body("decision", equalTo("PENDING"));
        vote(members[1], s.panelId(), s.presentationId(), "FAIL").statusCode(201)
                .body("decision", equalTo("FAIL")).body("votesCast", equalTo(2)).body("votes", hasSize(2))
                .body("decidedAt", org.hamcrest.Matchers.notNullValue());
        post(s.admin(), "/enrolments/{id}/certificate", null, s.enrolmentId())
                .statusCode(409).body("detail", containsString("did not pass"));
    }

    @Test
    void aMissingVoteLeavesTheDecisionPendingAndHidesTheOtherVotes() {
        String[] members = members(3);
        Setup s = setup(members);
        vote(members[0], s.panelId(), s.presentationId(), "PASS").statusCode(201);
        vote(members[1], s.panelId(), s.presentationId(), "PASS").statusCode(201)
                .body("decision", equalTo("PENDING"))
                .body("votes", hasSize(1))
                .body("votes[0].memberName", equalTo(members[1]))
                .body("awaitingVotesFrom", contains(members[2]));
        post(s.admin(), "/enrolments/{id}/certificate", null, s.enrolmentId())
                .statusCode(409).body("detail", containsString("has not decided"));
        get(s.admin(), "/certificates").statusCode(200).body("total", equalTo(0));

        vote(members[2], s.panelId(), s.presentationId(), "FAIL").statusCode(201).body("decision", equalTo("PASS"));
    }

    @Test
    void aMemberVotesOnceAndOnlyNamedMembersVote() {
        String[] members = members(1);
        Setup s = setup(members);
        vote(members[0], s.panelId(), s.presentationId(), "PASS").statusCode(201).body("decision", equalTo("PASS"));
        vote(members[0], s.panelId(), s.presentationId(), "FAIL")
                .statusCode(409).contentType("application/problem+json");
        vote("outsider", s.panelId(), s.presentationId(), "PASS")
                .statusCode(404).contentType("application/problem+json");
        post(s.admin(), "/panels/{p}/presentations/{id}/votes", Map.of("verdict", "PASS", "comment", "Admin"),
                s.panelId(), s.presentationId())
                .statusCode(403).contentType("application/problem+json");
        get(panelist(members[0], "3026"), "/panels/mine").statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(s.panelId()));
    }

    @Test
    void thePanelSeesTheScoreWithTheServicesOwnTokenAndWorksWithoutIt() {
        String[] members = members(1);
        Setup s = setup(members);
        String member = panelist(members[0], "3026");
        String path = "/panels/{p}/presentations/{id}";

        get(member, path, s.panelId(), s.presentationId()).statusCode(200)
                .body("score.status", equalTo("NOT_SCORED")).body("score.percent", nullValue());
        CertApi.score(s.projectId(), 42.5);
        get(member, path, s.panelId(), s.presentationId()).statusCode(200)
                .body("score.status", equalTo("AVAILABLE")).body("score.percent", equalTo(42.5f))
                .body("projectTitle", equalTo("Rett informasjon til rett tid i byggesak"));
        CertApi.scoreFails(s.projectId(), 500);
        get(member, path, s.panelId(), s.presentationId()).statusCode(200)
                .body("score.status", equalTo("UNAVAILABLE"))
                .body("participants[0].name", equalTo("Ingrid Berg"));
        get(s.admin(), "/panels/{p}/presentations", s.panelId()).statusCode(200)
                .body("total", equalTo(1)).body("items[0].score.status", equalTo("UNAVAILABLE"));
    }

    @Test
    void theExamProjectMustBeOneOfTheMunicipalitysProjects() {
        String m = freshMunicipality();
        String admin = programmeAdmin(m);
        String programmeId = createProgramme(admin, 1);
        String foreign = project(freshMunicipality() + "", "Naboens prosjekt");
        Map<String, Object> body = Map.of("userId", "u-" + UUID.randomUUID(), "name", "Kari", "email", "kari@example.no",
                "examProjectId", foreign);
        post(admin, "/programmes/{id}/enrolments", body, programmeId)
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("examProjectId"));
        post(admin, "/programmes/{id}/enrolments", Map.of("userId", "u-x", "name", "Kari", "email", "kari@example.no",
                "examProjectId", CertApi.failingProject(500)), programmeId)
                .statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
        get(admin, "/programmes/{id}/enrolments", programmeId).statusCode(200).body("total", equalTo(0));
    }
}
