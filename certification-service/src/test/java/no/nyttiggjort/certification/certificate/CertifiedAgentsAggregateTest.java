package no.nyttiggjort.certification.certificate;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.certification.support.CertApi.BASE;
import static no.nyttiggjort.certification.support.CertApi.analyst;
import static no.nyttiggjort.certification.support.CertApi.completeAll;
import static no.nyttiggjort.certification.support.CertApi.createProgramme;
import static no.nyttiggjort.certification.support.CertApi.employee;
import static no.nyttiggjort.certification.support.CertApi.enrol;
import static no.nyttiggjort.certification.support.CertApi.moduleIds;
import static no.nyttiggjort.certification.support.CertApi.municipalityAdmin;
import static no.nyttiggjort.certification.support.CertApi.panel;
import static no.nyttiggjort.certification.support.CertApi.post;
import static no.nyttiggjort.certification.support.CertApi.presentation;
import static no.nyttiggjort.certification.support.CertApi.programmeAdmin;
import static no.nyttiggjort.certification.support.CertApi.project;
import static no.nyttiggjort.certification.support.CertApi.vote;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.nyttiggjort.certification.support.FakeNeighboursResource;
import no.nyttiggjort.certification.support.TestClock;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Certified agents per municipality for the network overview: kept current by writes, honest about expiry. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeNeighboursResource.class)
class CertifiedAgentsAggregateTest {

    private static final String PATH = BASE + "/aggregates/municipalities";
    /** A service account: realm role 'service' and no municipality claim. */
    private static final String SERVICE = TestTokens.user("service-account-gateway").municipality(null).roles("service").bearer();
    /** 0100–0999: numbers the other certification tests (random 5000–9999) never use, so counts here are exact. */
    private static final AtomicInteger NEXT = new AtomicInteger(100);

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static String municipality() {
        return String.format("%04d", NEXT.getAndIncrement());
    }

    /** Certificates for {@code people} participants who presented together to one panel that passed them all. */
    private static List<String> certify(String m, int people) {
        String admin = programmeAdmin(m);
        String programme = createProgramme(admin, 1);
        List<String> modules = moduleIds(admin, programme);
        String exam = project(m, "Rett informasjon til rett tid i byggesak");
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String enrolment = enrol(admin, programme, "agent-" + UUID.randomUUID().toString().substring(0, 8),
                    "Deltaker " + i, exam);
            completeAll(admin, enrolment, modules);
            enrolments.add(enrolment);
        }
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String[] members = { "chief-" + suffix, "mayor-" + suffix, "union-" + suffix };
        String panel = panel(admin, programme, members);
        String presentation = presentation(admin, panel, exam, enrolments.toArray(String[]::new));
        for (String member : members) {
            vote(member, panel, presentation, "PASS").statusCode(201);
        }
        return post(admin, "/panels/{id}/certificates", null, panel).statusCode(200)
                .body("issued", hasSize(people)).extract().path("issued.id");
    }

    private static JsonPath aggregates(String token) {
        return given().header("Authorization", token)
                .when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(200).contentType("application/json")
                .body("minimumGroupSize", equalTo(5))
                .extract().jsonPath();
    }

    private static Map<String, Object> of(String municipality) {
        List<Map<String, Object>> all = aggregates(analyst("3053")).getList("municipalities");
        return all.stream().filter(m -> municipality.equals(m.get("municipality"))).findFirst().orElse(null);
    }

    private static void expectShown(String municipality, int agents) {
        Map<String, Object> row = of(municipality);
        assertEquals(agents, row.get("certifiedAgents"));
        assertEquals(false, row.get("suppressed"));
    }

    private static void expectSuppressed(String municipality) {
        Map<String, Object> row = of(municipality);
        assertTrue(row.containsKey("certifiedAgents") && row.get("certifiedAgents") == null, "the count is withheld");
        assertEquals(true, row.get("suppressed"));
    }

    @Test
    void countsPeopleWithAValidCertificateAndFollowsRevocationRenewalAndTime() {
        String m = municipality();
        assertNull(of(m), "a municipality without certificates is not listed");
        List<String> certificates = certify(m, 6);
        expectShown(m, 6);

        String admin = programmeAdmin(m);
        post(admin, "/certificates/{id}/revocation", Map.of("reason", "Utstedt ved en feil"), certificates.get(0))
                .statusCode(200);
        expectShown(m, 5);

        // A renewal replaces the certificate: still one person, counted once.
        post(admin, "/certificates/{id}/renewal", null, certificates.get(1)).statusCode(201);
        expectShown(m, 5);

        // Three years later every certificate has expired, without any write: nobody is certified.
        clock.advance(Duration.ofDays(365 * 3 + 10));
        expectShown(m, 0);
        // And back to today (a reader whose clock is behind the last count): five again.
        clock.reset();
        expectShown(m, 5);
    }

    @Test
    void oneToFourAgentsAreWithheldAndZeroIsShown() {
        String m = municipality();
        List<String> certificates = certify(m, 4);
        expectSuppressed(m);
        String other = municipality();
        certify(other, 5);
        expectShown(other, 5);

        for (String id : certificates) {
            post(programmeAdmin(m), "/certificates/{id}/revocation", Map.of("reason", "Feil kull"), id).statusCode(200);
        }
        expectShown(m, 0);
    }

    @Test
    void namesNoPerson() {
        String m = municipality();
        certify(m, 5);
        String body = given().header("Authorization", SERVICE).when().get(PATH).then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"municipality\":\"" + m + "\""));
        for (String personal : new String[] { "Deltaker", "agent-", "holder", "\"id\"" }) {
            assertFalse(body.contains(personal), "the aggregates must not contain " + personal);
        }
    }

    @Test
    void onlyNetworkAnalystsAndServiceAccountsMayRead() {
        given().when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        String m = municipality();
        for (String token : new String[] { employee("kari", m), programmeAdmin(m), municipalityAdmin(m),
                TestTokens.user("panel").municipality(m).roles("panel-member").bearer() }) {
            given().header("Authorization", token)
                    .when().get(PATH)
                    .then().log().ifValidationFails()
                    .statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403)).body("instance", equalTo(PATH));
        }
        aggregates(SERVICE);
    }
}
