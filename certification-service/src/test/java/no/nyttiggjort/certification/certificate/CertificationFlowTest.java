package no.nyttiggjort.certification.certificate;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.certification.support.CertApi.BASE;
import static no.nyttiggjort.certification.support.CertApi.freshMunicipality;
import static no.nyttiggjort.certification.support.CertApi.get;
import static no.nyttiggjort.certification.support.CertApi.issue;
import static no.nyttiggjort.certification.support.CertApi.passedExam;
import static no.nyttiggjort.certification.support.CertApi.post;
import static no.nyttiggjort.certification.support.CertApi.subject;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import no.nyttiggjort.certification.support.CertApi;
import no.nyttiggjort.certification.support.CertApi.Exam;
import no.nyttiggjort.certification.support.FakeNeighboursResource;
import no.nyttiggjort.certification.support.TestClock;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Programme → modules → panel verdicts → issue → verify → revoke, and what time does to a certificate. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeNeighboursResource.class)
class CertificationFlowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theWholeFlowFromProgrammeToRevocation() {
        Exam exam = passedExam(freshMunicipality());

        var issued = post(exam.admin(), "/enrolments/{id}/certificate", null, exam.enrolmentId())
                .statusCode(201)
                .header("Location", containsString("/api/v1/certification/certificates/"))
                .body("holderName", equalTo("Kari Nordmann"))
                .body("holderUserId", equalTo(subject(exam.username())))
                .body("municipality", equalTo(exam.municipality()))
                .body("achievementName", equalTo("Sertifisert innovasjonsagent"))
                .body("status", equalTo("ACTIVE"))
                .body("credential", startsWith("ey"))
                .body("verificationUrl", endsWith("/verification"))
                .extract();
        String id = issued.path("id");
        assertThat(issued.header("Location"), endsWith("/api/v1/certification/certificates/" + id));
        Instant validFrom = Instant.parse(issued.path("validFrom"));
        Instant validUntil = Instant.parse(issued.path("validUntil"));
        assertTrue(Duration.between(validFrom, validUntil).toDays() >= 365 * 3, "valid for three years by default");

        JsonPath credential = payload(issued.path("credential"));
        assertThat(credential.getList("'@context'"), contains("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(credential.getList("type"), contains("VerifiableCredential", "OpenBadgeCredential"));
        assertEquals("urn:uuid:" + id, credential.getString("id"));
        assertThat(credential.getString("issuer.id"), endsWith("/api/v1/certification/public/issuers/" + exam.municipality()));
        assertEquals("Kommune " + exam.municipality(), credential.getString("issuer.name"));
        assertEquals("Sertifisert innovasjonsagent", credential.getString("credentialSubject.achievement.name"));
        assertThat(credential.getString("credentialSubject.achievement.criteria.narrative"), containsString("bestått eksamen"));
        assertEquals("Kari Nordmann", credential.getString("credentialSubject.identifier[0].identityHash"));
        assertThat(credential.getString("evidence[0].name"), containsString("Aktivitetsplikt"));
        assertThat(credential.getString("evidence[0].description"), containsString("3 av 3"));
        assertEquals("BitstringStatusListEntry", credential.getString("credentialStatus.type"));
        assertEquals(validUntil.toString(), credential.getString("validUntil"));

        given().when().get(BASE + "/public/certificates/{id}/verification", id)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("holder", equalTo("Kari Nordmann"))
                .body("issuer.name", equalTo("Kommune " + exam.municipality()))
                .body("achievement.name", equalTo("Sertifisert innovasjonsagent"))
                .body("validUntil", notNullValue())
                .body("reason", nullValue())
                .body("holderUserId", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("credential", issued.path("credential")))
                .when().post(BASE + "/public/verifications")
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("VALID")).body("certificateId", equalTo(id));

        post(exam.admin(), "/certificates/{id}/revocation", Map.of("reason", "Sertifikatet ble utstedt ved en feil"), id)
                .statusCode(200).body("status", equalTo("REVOKED")).body("revokedAt", notNullValue());

        given().when().get(BASE + "/public/certificates/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedAt", notNullValue())
                .body("holder", equalTo("Kari Nordmann"));
        int index = Integer.parseInt(credential.getString("credentialStatus.statusListIndex"));
        assertTrue(statusBit(exam.municipality(), index), "the status list marks the revoked certificate");

        post(exam.admin(), "/certificates/{id}/revocation", Map.of("reason", "En gang til"), id)
                .statusCode(409).contentType("application/problem+json");
        post(exam.admin(), "/enrolments/{id}/certificate", null, exam.enrolmentId())
                .statusCode(409).contentType("application/problem+json");

        get(exam.admin(), "/certificates/{id}/events", id)
                .statusCode(200).body("total", equalTo(2))
                .body("items.kind", contains("ISSUED", "REVOKED"))
                .body("items[1].reason", equalTo("Sertifikatet ble utstedt ved en feil"));
        get(exam.admin(), "/certificates/counts").statusCode(200)
                .body("active", equalTo(0)).body("revoked", equalTo(1)).body("expired", equalTo(0));
        get(exam.admin(), "/certificates?status=REVOKED").statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].revocationReason", equalTo("Sertifikatet ble utstedt ved en feil"));
        get(exam.admin(), "/certificates?status=ACTIVE").statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anIssuedCredentialVerifiesWithAnIndependentJoseLibraryAgainstThePublishedJwks() throws Exception {
        Exam exam = passedExam(freshMunicipality());
        String jwt = get(exam.admin(), "/certificates/{id}", issue(exam)).statusCode(200).extract().path("credential");

        String jwks = given().when().get("/.well-known/jwks.json")
                .then().log().ifValidationFails().statusCode(200)
                .body("keys[0].kty", equalTo("EC")).body("keys[0].d", nullValue())
                .extract().asString();
        given().when().get(BASE + "/public/jwks.json").then().statusCode(200).body("keys.kid", hasItem(notNullValue()));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        JsonWebKey key = new JsonWebKeySet(jwks).getJsonWebKeys().stream()
                .filter(k -> k.getKeyId().equals(jws.getKeyIdHeaderValue())).findFirst().orElseThrow();
        jws.setKey(key.getKey());
        assertEquals("ES256", jws.getAlgorithmHeaderValue());
        assertEquals("vc+jwt", jws.getHeader("typ"));
        assertTrue(jws.verifySignature(), "jose4j accepts the signature");
        assertThat(jws.getPayload(), containsString("OpenBadgeCredential"));
    }

    @Test
    void expiryAnswersExpiredAndRenewalBeforeExpiryKeepsTheAwardDate() {
        Exam exam = passedExam(freshMunicipality());
        String first = issue(exam);
        String awardedAt = get(exam.admin(), "/certificates/{id}", first).statusCode(200).extract().path("awardedAt");

        clock.advance(Duration.ofDays(365 * 2));
        var renewed = post(exam.admin(), "/certificates/{id}/renewal", null, first)
                .statusCode(201)
                .body("awardedAt", equalTo(awardedAt))
                .body("renewalOf", equalTo(first))
                .body("status", equalTo("ACTIVE"))
                .extract();
        String second = renewed.path("id");
        assertNotEquals(first, second);
        assertEquals(awardedAt, payload(renewed.path("credential")).getString("awardedDate"));
        get(exam.admin(), "/certificates/{id}", first).statusCode(200).body("replacedBy", equalTo(second));
        post(exam.admin(), "/certificates/{id}/renewal", null, first).statusCode(409);
        get(exam.admin(), "/certificates").statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(second));

        clock.advance(Duration.ofDays(365 * 3 + 10));
        given().when().get(BASE + "/public/certificates/{id}/verification", second)
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("EXPIRED")).body("holder", equalTo("Kari Nordmann"));
        get(exam.admin(), "/certificates?status=EXPIRED").statusCode(200).body("total", equalTo(1));
        post(exam.admin(), "/certificates/{id}/renewal", null, second)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("expired"));

        // After expiry the agent may be certified anew, with a new award date.
        String third = issue(exam);
        var fresh = get(exam.admin(), "/certificates/{id}", third).statusCode(200).extract();
        assertNotEquals(awardedAt, fresh.path("awardedAt"));
        assertThat(fresh.path("renewalOf"), nullValue());
    }

    @Test
    void bulkIssueForAPanelIssuesOnceAndReportsWhoIsNotEligible() {
        Exam exam = passedExam(freshMunicipality());
        String admin = exam.admin();
        String projectId = CertApi.project(exam.municipality(), "Bolig til flyktninger");
        String unfinished = CertApi.enrol(admin, exam.programmeId(), "late-" + exam.municipality(), "Ola Hansen", projectId);
        String presentation = CertApi.presentation(admin, exam.panelId(), projectId, unfinished);
        for (String member : exam.members()) {
            CertApi.vote(member, exam.panelId(), presentation, "PASS").statusCode(201);
        }

        post(admin, "/panels/{id}/certificates", null, exam.panelId())
                .statusCode(200)
                .body("issued", hasSize(1))
                .body("issued[0].enrolmentId", equalTo(exam.enrolmentId()))
                .body("alreadyCertified", hasSize(0))
                .body("notEligible", hasSize(1))
                .body("notEligible[0].enrolmentId", equalTo(unfinished))
                .body("notEligible[0].reason", containsString("module"));
        post(admin, "/panels/{id}/certificates", null, exam.panelId())
                .statusCode(200)
                .body("issued", hasSize(0))
                .body("alreadyCertified", contains(exam.enrolmentId()))
                .body("notEligible", hasSize(1));
        get(admin, "/certificates").statusCode(200).body("total", equalTo(1));
        post(admin, "/enrolments/{id}/certificate", null, exam.enrolmentId())
                .statusCode(409).body("detail", containsString("already holds"));
    }

    @Test
    void thePdfCarriesHolderProgrammeMunicipalityAndTheVerificationUrl() throws Exception {
        Exam exam = passedExam(freshMunicipality());
        String id = issue(exam);
        byte[] pdf = given().header("Authorization", CertApi.employee(exam.username(), exam.municipality()))
                .when().get(BASE + "/certificates/{id}/pdf", id)
                .then().log().ifValidationFails()
                .statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text, containsString("Kari Nordmann"));
            assertThat(text, containsString("Sertifisert innovasjonsagent"));
            assertThat(text, containsString("Kommune " + exam.municipality()));
            assertThat(text, containsString("/api/v1/certification/public/certificates/" + id + "/verification"));
        }
        given().header("Authorization", CertApi.employee("someone-else", exam.municipality()))
                .when().get(BASE + "/certificates/{id}/pdf", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    static JsonPath payload(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static boolean statusBit(String municipality, int index) {
        String jwt = given().when().get(BASE + "/public/status-lists/{m}", municipality)
                .then().log().ifValidationFails()
                .statusCode(200).contentType("application/vc+jwt").extract().asString();
        JsonPath list = payload(jwt);
        assertThat(list.getList("type"), hasItem("BitstringStatusListCredential"));
        String encoded = list.getString("credentialSubject.encodedList");
        assertTrue(encoded.startsWith("u"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            byte[] bits = in.readAllBytes();
            assertEquals(131072 / 8, bits.length);
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
