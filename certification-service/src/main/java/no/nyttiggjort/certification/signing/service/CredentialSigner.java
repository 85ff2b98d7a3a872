package no.nyttiggjort.certification.signing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Signs credentials as VC-JWTs (W3C VC-JOSE-COSE): the JWS payload is the credential itself,
 * with header typ "vc+jwt" and cty "vc".
 */
@ApplicationScoped
public class CredentialSigner {

    public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    private final KeyRing keyRing;
    private final ObjectMapper json;

    public CredentialSigner(KeyRing keyRing, ObjectMapper json) {
        this.keyRing = keyRing;
        this.json = json;
    }

    public Signed sign(Map<String, Object> credential) {
        KeyRing.ActiveKey key = keyRing.signingKey();
        JWSHeader header = new JWSHeader.Builder(KeyRing.ALGORITHM).type(VC_JWT).contentType("vc").keyID(key.kid()).build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(json.writeValueAsString(credential)));
            jws.sign(new ECDSASigner(key.key()));
            return new Signed(jws.serialize(), key.kid());
        } catch (JOSEException | JsonProcessingException e) {
            throw new IllegalStateException("Could not sign a credential", e);
        }
    }

    public record Signed(String jwt, String kid) {
    }
}
