package no.nyttiggjort.certification.verification;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.certification.support.CertApi.BASE;
import static no.nyttiggjort.certification.support.CertApi.freshMunicipality;
import static no.nyttiggjort.certification.support.CertApi.get;
import static no.nyttiggjort.certification.support.CertApi.issue;
import static no.nyttiggjort.certification.support.CertApi.passedExam;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import no.nyttiggjort.certification.signing.service.CredentialSigner;
import no.nyttiggjort.certification.signing.service.KeyRing;
import no.nyttiggjort.certification.support.CertApi.Exam;
import no.nyttiggjort.certification.support.FakeNeighboursResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** Forged, tampered and foreign credentials are INVALID and reveal nothing; rotation keeps old ones valid. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeNeighboursResource.class)
class VerificationTest {

    @Inject
    CredentialSigner signer;

    @Inject
    KeyRing keyRing;

    private static ValidatableResponse verify(String jwt) {
        return given().contentType(ContentType.JSON).body(Map.of("credential", jwt))
                .when().post(BASE + "/public/verifications")
                .then().log().ifValidationFails().statusCode(200);
    }

    private static ValidatableResponse invalid(String jwt, String reason) {
        return verify(jwt).body("status", equalTo("INVALID")).body("reason", containsString(reason))
                .body("holder", nullValue()).body("issuer", nullValue()).body("certificateId", nullValue());
    }

    private static String credential(Exam exam) {
        return get(exam.admin(), "/certificates/{id}", issue(exam)).statusCode(200).extract().path("credential");
    }

    @Test
    void tamperedForgedUnsignedAndMalformedCredentialsAreInvalid() throws Exception {
        String jwt = credential(passedExam(freshMunicipality()));
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();

        String tampered = parts[0] + "." + b64.encodeToString(payload.replace("Kari Nordmann", "Mallory Forger")
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        invalid(tampered, "signature");

        String unsigned = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        invalid(unsigned, "alg none");

        String kid = JWSObject.parse(jwt).getHeader().getKeyID();
        ECKey forger = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        invalid(sign(forger, kid, payload), "signature");
        invalid(sign(forger, "unknown-" + UUID.randomUUID(), payload), "unknown key id");
        String hs256 = b64.encodeToString("{\"alg\":\"HS256\",\"kid\":\"x\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1] + "." + parts[2];
        invalid(hs256, "not accepted");
        invalid("not-a-jwt", "not a signed JWT");
    }

    @Test
    void ourOwnSignatureOnAWrongIssuerOrAnotherKindOfCredentialIsInvalid() throws Exception {
        Exam exam = passedExam(freshMunicipality());
        String jwt = credential(exam);
        @SuppressWarnings("unchecked")
        Map<String, Object> vc = new ObjectMapper().readValue(JWSObject.parse(jwt).getPayload().toString(), Map.class);
        vc.put("issuer", Map.of("id", "https://evil.example/issuers/0301", "type", "Profile", "name", "Falsk kommune"));
        vc.remove("iss");
        invalid(signer.sign(vc).jwt(), "issuer");

        String statusList = given().when().get(BASE + "/public/status-lists/{m}", exam.municipality())
                .then().statusCode(200).extract().asString();
        invalid(statusList, "not an OpenBadgeCredential");
    }

    @Test
    void rotatingTheKeyKeepsEarlierCredentialsValidAndTheOldKeyPublished() throws Exception {
        Exam exam = passedExam(freshMunicipality());
        String jwt = credential(exam);
        String oldKid = JWSObject.parse(jwt).getHeader().getKeyID();
        String newKid = keyRing.rotate().kid();

        verify(jwt).body("status", equalTo("VALID")).body("holder", equalTo("Kari Nordmann"));
        given().when().get("/.well-known/jwks.json").then().statusCode(200).body("keys.kid", hasItems(oldKid, newKid));

        Exam second = passedExam(freshMunicipality());
        String newer = credential(second);
        org.junit.jupiter.api.Assertions.assertEquals(newKid, JWSObject.parse(newer).getHeader().getKeyID());
        verify(newer).body("status", equalTo("VALID"));
    }

    @Test
    void unknownIdsAndMunicipalitiesAreNamedProblems() {
        given().when().get(BASE + "/public/certificates/{id}/verification", UUID.randomUUID())
                .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json");
        given().when().get(BASE + "/public/status-lists/{m}", "oslo")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("municipality"));
        given().contentType(ContentType.JSON).body("{}").when().post(BASE + "/public/verifications")
                .then().statusCode(400).body("errors[0].field", equalTo("credential"));
        given().when().get(BASE + "/public/issuers/{m}", "3053")
                .then().statusCode(200).body("name", equalTo("Jevnaker kommune")).body("type[0]", equalTo("Profile"));
    }

    private static String sign(ECKey key, String kid, String payload) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
                .keyID(kid).build(), new Payload(payload));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }
}
