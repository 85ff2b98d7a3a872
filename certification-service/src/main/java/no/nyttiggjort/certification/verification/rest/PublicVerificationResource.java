package no.nyttiggjort.certification.verification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import no.nyttiggjort.certification.certificate.service.CredentialFactory;
import no.nyttiggjort.certification.certificate.service.StatusListService;
import no.nyttiggjort.certification.config.PublicUrls;
import no.nyttiggjort.certification.signing.rest.JwksResource;
import no.nyttiggjort.certification.signing.service.KeyRing;
import no.nyttiggjort.certification.verification.service.VerificationResult;
import no.nyttiggjort.certification.verification.service.Verifier;
import no.nyttiggjort.certification.verification.service.VerifyRequest;
import no.nyttiggjort.common.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Verification without login, for neighbouring municipalities, networks and anyone a holder shows a certificate to. */
@Path(PublicUrls.PUBLIC_PREFIX)
@Tag(name = "Verification", description = "Public, no login: keys, status lists and verification of certificates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicVerificationResource {

    public static final String VC_JWT = "application/vc+jwt";
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    private final Verifier verifier;
    private final StatusListService statusLists;
    private final CredentialFactory credentials;
    private final KeyRing keyRing;

    public PublicVerificationResource(Verifier verifier, StatusListService statusLists, CredentialFactory credentials,
            KeyRing keyRing) {
        this.verifier = verifier;
        this.keyRing = keyRing;
        this.statusLists = statusLists;
        this.credentials = credentials;
    }

    @GET
    @Path("/certificates/{id}/verification")
    @SecurityRequirements
    @Operation(operationId = "verifyCertificateById", summary = "Verify a certificate by its id",
            description = "VALID, REVOKED, EXPIRED or INVALID, with issuer, achievement, holder name and dates.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "404", description = "No certificate with this id")
    public VerificationResult byId(@PathParam("id") UUID id) {
        return verifier.byId(id).orElseThrow(() -> ProblemException.notFound("Certificate " + id));
    }

    @POST
    @Path("/verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "verifyCredential", summary = "Verify a presented VC-JWT",
            description = "Checks the signature against the published keys, the issuer, revocation and dates. A forged, "
                    + "tampered, unsigned or foreign credential is INVALID and reveals nothing.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationResult.class)))
    public VerificationResult verify(@NotNull(message = "a JSON body is required") @Valid VerifyRequest body) {
        return verifier.verify(body.credential());
    }

    @GET
    @Path("/status-lists/{municipality}")
    @Produces(VC_JWT)
    @SecurityRequirements
    @Operation(operationId = "getStatusList", summary = "The municipality's revocation list (Bitstring Status List, VC-JWT)")
    @APIResponse(responseCode = "200", description = "A signed BitstringStatusListCredential", content = @Content(mediaType = VC_JWT))
    public RestResponse<String> statusList(@PathParam("municipality") String municipality) {
        requireMunicipality(municipality);
        return RestResponse.ResponseBuilder.ok(statusLists.signedList(municipality), VC_JWT)
                .header("Cache-Control", "public, max-age=" + StatusListService.TTL_SECONDS).build();
    }

    @GET
    @Path("/jwks.json")
    @Produces({ JwksResource.JWKS_TYPE, MediaType.APPLICATION_JSON })
    @SecurityRequirements
    @Operation(operationId = "getJwksViaApi", summary = "The public signing keys (JWKS), under the API prefix")
    @APIResponse(responseCode = "200", description = "The key set", content = @Content(mediaType = JwksResource.JWKS_TYPE))
    public RestResponse<String> jwks() {
        return JwksResource.keys(keyRing);
    }

    @GET
    @Path("/issuers/{municipality}")
    @SecurityRequirements
    @Operation(operationId = "getIssuerProfile", summary = "The issuer profile of a municipality (Open Badges Profile)")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Map<String, Object> issuer(@PathParam("municipality") String municipality) {
        requireMunicipality(municipality);
        return credentials.issuerProfile(municipality);
    }

    private static void requireMunicipality(String municipality) {
        if (!MUNICIPALITY.matcher(municipality).matches()) {
            throw ProblemException.invalidField("municipality", "must be a 4-digit municipality number");
        }
    }
}
