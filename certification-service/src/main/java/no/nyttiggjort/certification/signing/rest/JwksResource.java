package no.nyttiggjort.certification.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import no.nyttiggjort.certification.signing.service.KeyRing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public keys credentials are signed with, at the well-known address, so anyone can verify a
 * certificate without calling us again. The same set is also served under the API prefix, which the
 * gateway routes, by {@code PublicVerificationResource}.
 */
@Path("/")
@Tag(name = "Verification", description = "Public, no login: keys, status lists and verification of certificates")
@PermitAll
public class JwksResource {

    public static final String JWKS_TYPE = "application/jwk-set+json";

    private final KeyRing keyRing;

    public JwksResource(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces({ JWKS_TYPE, "application/json" })
    @SecurityRequirements
    @Operation(operationId = "getJwks", summary = "The public signing keys (JWKS), active and retired")
    @APIResponse(responseCode = "200", description = "The key set", content = @Content(mediaType = JWKS_TYPE))
    public RestResponse<String> wellKnown() {
        return keys(keyRing);
    }

    public static RestResponse<String> keys(KeyRing keyRing) {
        return RestResponse.ResponseBuilder.ok(keyRing.publicKeys().toString(true))
                .header("Cache-Control", "public, max-age=300").build();
    }
}
