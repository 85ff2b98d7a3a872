package no.nyttiggjort.certification.security;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.certification.support.CertApi.BASE;
import static no.nyttiggjort.certification.support.CertApi.analyst;
import static no.nyttiggjort.certification.support.CertApi.employee;
import static no.nyttiggjort.certification.support.CertApi.freshMunicipality;
import static no.nyttiggjort.certification.support.CertApi.get;
import static no.nyttiggjort.certification.support.CertApi.issue;
import static no.nyttiggjort.certification.support.CertApi.municipalityAdmin;
import static no.nyttiggjort.certification.support.CertApi.panelist;
import static no.nyttiggjort.certification.support.CertApi.passedExam;
import static no.nyttiggjort.certification.support.CertApi.post;
import static no.nyttiggjort.certification.support.CertApi.programmeAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import no.nyttiggjort.certification.support.CertApi;
import no.nyttiggjort.certification.support.CertApi.Exam;
import no.nyttiggjort.certification.support.FakeNeighboursResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** A neighbouring municipality verifies but cannot revoke, change or list; wrong roles are 403. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeNeighboursResource.class)
class TenancyAndRolesTest {

    @Test
    void aNeighbourVerifiesButCannotRevokeChangeOrList() {
        Exam exam = passedExam(freshMunicipality());
        String id = issue(exam);
        String neighbour = programmeAdmin(freshMunicipality());

        given().when().get(BASE + "/public/certificates/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("VALID"));
        post(neighbour, "/certificates/{id}/revocation", Map.of("reason", "Fiendtlig"), id)
                .statusCode(404).contentType("application/problem+json");
        post(neighbour, "/certificates/{id}/renewal", null, id).statusCode(404);
        get(neighbour, "/certificates/{id}", id).statusCode(404);
        get(neighbour, "/certificates/{id}/events", id).statusCode(404);
        get(neighbour, "/certificates").statusCode(200).body("total", equalTo(0));
        get(neighbour, "/programmes/{id}", exam.programmeId()).statusCode(404);
        get(neighbour, "/programmes/{id}/enrolments", exam.programmeId()).statusCode(404);
        get(neighbour, "/enrolments/{id}", exam.enrolmentId()).statusCode(404);
        get(neighbour, "/panels/{id}", exam.panelId()).statusCode(404);
        given().header("Authorization", neighbour).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("name", "Kapret", "startsOn", "2026-01-05", "endsOn", "2026-05-26", "status", "CLOSED"))
                .when().put(BASE + "/programmes/{id}", exam.programmeId())
                .then().statusCode(404);
        post(neighbour, "/enrolments/{id}/certificate", null, exam.enrolmentId()).statusCode(404);
        post(neighbour, "/panels/{id}/certificates", null, exam.panelId()).statusCode(404);

        given().when().get(BASE + "/public/certificates/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("VALID"));
        get(exam.admin(), "/programmes/{id}", exam.programmeId()).statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void holdersMunicipalityAdminsAndPanelMembersSeeWhatTheirRoleAllows() {
        Exam exam = passedExam(freshMunicipality());
        String id = issue(exam);
        String m = exam.municipality();
        String holder = employee(exam.username(), m);

        get(holder, "/certificates/{id}", id).statusCode(200).body("holderName", equalTo("Kari Nordmann"));
        get(holder, "/enrolments/{id}", exam.enrolmentId()).statusCode(200).body("completedAllModules", equalTo(true));
        get(holder, "/enrolments/mine").statusCode(200).body("total", equalTo(1));
        get(employee("colleague", m), "/enrolments/{id}", exam.enrolmentId()).statusCode(404);
        get(holder, "/certificates").statusCode(403).contentType("application/problem+json");
        post(holder, "/programmes", CertApi.programmeBody(1)).statusCode(403);

        get(municipalityAdmin(m), "/certificates").statusCode(200).body("total", equalTo(1));
        get(municipalityAdmin(m), "/certificates/counts").statusCode(200).body("active", equalTo(1));
        post(municipalityAdmin(m), "/certificates/{id}/revocation", Map.of("reason", "Nei"), id).statusCode(403);

        String member = panelist(exam.members()[0], "3026");
        get(member, "/panels/{id}", exam.panelId()).statusCode(200).body("municipality", equalTo(m));
        get(member, "/certificates").statusCode(403);
        post(member, "/panels/{id}/certificates", null, exam.panelId()).statusCode(403);
        get(exam.admin(), "/certificates/{id}", id).statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aNetworkAnalystSeesCountsPerMunicipalityOnlyWithSmallCountsWithheld() {
        Exam exam = passedExam(freshMunicipality());
        issue(exam);
        String analyst = analyst("3053");

        get(analyst, "/network/certificate-counts?size=200").statusCode(200)
                .body("items.municipality", hasItem(exam.municipality()))
                .body("items.find { it.municipality == '" + exam.municipality() + "' }.active", nullValue())
                .body("items.find { it.municipality == '" + exam.municipality() + "' }.suppressed", equalTo(true))
                .body("items[0]", not(hasItem("holderName")));
        get(analyst, "/certificates").statusCode(403).contentType("application/problem+json");
        get(analyst, "/programmes").statusCode(403);
        get(exam.admin(), "/network/certificate-counts").statusCode(403);
        get(analyst, "/network/certificate-counts?size=201").statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
