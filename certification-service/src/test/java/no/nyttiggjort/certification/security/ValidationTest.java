package no.nyttiggjort.certification.security;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.certification.support.CertApi.BASE;
import static no.nyttiggjort.certification.support.CertApi.freshMunicipality;
import static no.nyttiggjort.certification.support.CertApi.get;
import static no.nyttiggjort.certification.support.CertApi.passedExam;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import no.nyttiggjort.certification.support.CertApi.Exam;
import no.nyttiggjort.certification.support.FakeNeighboursResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input on every endpoint gets a 400 problem naming the field, and nothing is stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeNeighboursResource.class)
class ValidationTest {

    private static Exam exam;

    @BeforeEach
    void once() {
        if (exam == null) {
            exam = passedExam(freshMunicipality());
        }
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            POST | /programmes                               | {"startsOn":"2026-01-05","endsOn":"2026-05-26"}                          | name
            POST | /programmes                               | {"name":"X","startsOn":"2026-05-27","endsOn":"2026-05-26"}               | endsOn
            POST | /programmes                               | {"name":"X","startsOn":"5. januar","endsOn":"2026-05-26"}                | startsOn
            POST | /programmes                               | {"name":"X","startsOn":"2026-01-05","endsOn":"2026-05-26","modules":[{"name":"M","hours":0}]} | modules[0].hours
            POST | /programmes                               | {"name":"X                                                               | body
            POST | /programmes/{programme}/modules           | {"name":"","hours":3}                                                    | name
            PUT  | /programmes/{programme}                   | {"name":"X","startsOn":"2026-01-05","endsOn":"2026-05-26","status":"DONE"} | status
            POST | /programmes/{programme}/enrolments        | {"userId":"u1","name":"Kari","email":"ikke-epost"}                       | email
            POST | /programmes/{programme}/enrolments        | {"name":"Kari","email":"kari@example.no"}                                | userId
            PUT  | /enrolments/{enrolment}/exam-project      | {"projectId":"abc"}                                                      | projectId
            POST | /enrolments/{enrolment}/completions       | {"moduleId":"00000000-0000-0000-0000-000000000000","completedOn":"2026-02-01"} | moduleId
            POST | /programmes/{programme}/panels            | {"name":"Panel","members":[]}                                            | members
            POST | /programmes/{programme}/panels            | {"name":"Panel","members":[{"userId":"a","name":"A","municipality":"30","role":"R"}]} | members[0].municipality
            POST | /panels/{panel}/presentations             | {"projectId":"{project}","enrolmentIds":[],"scheduledAt":"2026-05-26T09:00:00Z"} | enrolmentIds
            POST | /panels/{panel}/presentations             | {"projectId":"{project}","enrolmentIds":["00000000-0000-0000-0000-000000000000"],"scheduledAt":"2026-05-26T09:00:00Z"} | enrolmentIds[0]
            POST | /certificates/{certificate}/revocation    | {"reason":"  "}                                                          | reason
            """)
    void rejectsBadBodiesNamingTheField(String method, String path, String json, String field) {
        String certificate = java.util.UUID.randomUUID().toString();
        String resolved = path.replace("{programme}", exam.programmeId()).replace("{enrolment}", exam.enrolmentId())
                .replace("{panel}", exam.panelId()).replace("{certificate}", certificate);
        String body = json.replace("{project}", exam.projectId());
        given().header("Authorization", exam.admin()).header("If-Match", "*").contentType(ContentType.JSON).body(body)
                .when().request(method, BASE + resolved)
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        get(exam.admin(), "/programmes").statusCode(200).body("total", equalTo(1));
        get(exam.admin(), "/programmes/{id}/enrolments", exam.programmeId()).statusCode(200).body("total", equalTo(1));
        get(exam.admin(), "/programmes/{id}/panels", exam.programmeId()).statusCode(200).body("total", equalTo(1));
    }

    @Test
    void badQueryParametersAndMissingBodiesAreNamed() {
        get(exam.admin(), "/certificates?status=GYLDIG").statusCode(400).body("errors[0].field", equalTo("status"));
        get(exam.admin(), "/programmes?page=abc").statusCode(400).body("errors[0].field", equalTo("page"));
        get(exam.admin(), "/programmes?size=500").statusCode(400).body("errors[0].field", equalTo("size"));
        given().header("Authorization", exam.admin()).contentType(ContentType.JSON)
                .when().post(BASE + "/programmes")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", exam.admin()).contentType(ContentType.JSON)
                .body("{\"moduleId\":\"x\",\"completedOn\":\"" + LocalDate.now().plusDays(3) + "\"}")
                .when().post(BASE + "/enrolments/{id}/completions", exam.enrolmentId())
                .then().statusCode(400).body("errors[0].field", equalTo("moduleId"));
        get(exam.admin(), "/programmes/not-a-uuid").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String body = "{\"name\":\"Nytt navn\",\"startsOn\":\"" + LocalDate.now().minusMonths(5) + "\",\"endsOn\":\""
                + LocalDate.now().plusMonths(1) + "\",\"status\":\"ACTIVE\"}";
        given().header("Authorization", exam.admin()).contentType(ContentType.JSON).body(body)
                .when().put(BASE + "/programmes/{id}", exam.programmeId())
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", exam.admin()).header("If-Match", "\"99\"").contentType(ContentType.JSON).body(body)
                .when().put(BASE + "/programmes/{id}", exam.programmeId())
                .then().statusCode(412).contentType("application/problem+json");
    }
}
