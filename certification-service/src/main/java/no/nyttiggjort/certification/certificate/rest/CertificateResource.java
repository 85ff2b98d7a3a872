package no.nyttiggjort.certification.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.domain.CertificateStatus;
import no.nyttiggjort.certification.certificate.repository.MunicipalityCounts;
import no.nyttiggjort.certification.certificate.rest.Pages.BulkIssueResponse;
import no.nyttiggjort.certification.certificate.rest.Pages.CertificatePage;
import no.nyttiggjort.certification.certificate.rest.Pages.Counts;
import no.nyttiggjort.certification.certificate.rest.Pages.EventPage;
import no.nyttiggjort.certification.certificate.rest.Pages.EventResponse;
import no.nyttiggjort.certification.certificate.rest.Pages.NotEligibleResponse;
import no.nyttiggjort.certification.certificate.service.BulkIssue;
import no.nyttiggjort.certification.certificate.service.CertificateDocumentService;
import no.nyttiggjort.certification.certificate.service.IssuingService;
import no.nyttiggjort.certification.certificate.service.RegistryService;
import no.nyttiggjort.certification.certificate.service.RevocationRequest;
import no.nyttiggjort.certification.certificate.service.RevocationService;
import no.nyttiggjort.certification.config.PublicUrls;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.common.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/certification")
@Tag(name = "Certificates", description = "Issuing, renewing and revoking certificates; the municipality's registry")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    public static final String PDF = "application/pdf";
    private static final String PAGE = "Page index, from 0";
    private static final String SIZE = "Page size, 1 to 200";

    private final IssuingService issuing;
    private final RevocationService revocation;
    private final RegistryService registry;
    private final CertificateDocumentService documents;
    private final PublicUrls urls;
    private final Clock clock;

    public CertificateResource(IssuingService issuing, RevocationService revocation, RegistryService registry,
            CertificateDocumentService documents, PublicUrls urls, Clock clock) {
        this.issuing = issuing;
        this.revocation = revocation;
        this.registry = registry;
        this.documents = documents;
        this.urls = urls;
        this.clock = clock;
    }

    @POST
    @Path("/enrolments/{enrolmentId}/certificate")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "issueCertificate", summary = "Issue a participant's certificate",
            description = "For a participant who completed every module and whose presentation passed. A holder of an "
                    + "expired certificate is certified anew; renew before expiry to keep the award date.")
    @APIResponse(responseCode = "201", description = "Issued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment in the caller's municipality")
    @APIResponse(responseCode = "409", description = "The person already holds this certificate, or is not eligible")
    public RestResponse<CertificateResponse> issue(@PathParam("enrolmentId") UUID enrolmentId, UriInfo uriInfo) {
        return created(issuing.issue(enrolmentId), uriInfo);
    }

    @POST
    @Path("/panels/{panelId}/certificates")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "issuePanelCertificates", summary = "Issue the certificates of everyone who presented to a panel",
            description = "Safe to run again: participants who already hold the certificate are listed, not re-issued.")
    @APIResponse(responseCode = "200", description = "What was issued, who already had it and who is not eligible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkIssueResponse.class)))
    @APIResponse(responseCode = "404", description = "No such panel in the caller's municipality")
    public BulkIssueResponse issueForPanel(@PathParam("panelId") UUID panelId) {
        BulkIssue result = issuing.issueForPanel(panelId);
        return new BulkIssueResponse(result.issued().stream().map(this::response).toList(), result.alreadyCertified(),
                result.notEligible().stream().map(n -> new NotEligibleResponse(n.enrolmentId(), n.name(), n.reason())).toList());
    }

    @GET
    @Path("/certificates")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "listCertificates", summary = "The municipality's certified agents, newest first",
            description = "Current certificates only (a renewed certificate is replaced by its renewal).")
    @APIResponse(responseCode = "200", description = "A page of certificates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificatePage.class)))
    public CertificatePage list(
            @Parameter(description = "Only certificates with this status", schema = @Schema(implementation = CertificateStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        CertificateStatus wanted = QueryParams.enumValue("status", status, CertificateStatus.class);
        Page<CertificateResponse> result = registry.list(wanted, PageRequest.parse(page, size)).map(this::response);
        return new CertificatePage(result.items(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/certificates/counts")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "countCertificates", summary = "The municipality's certified agents counted by status")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Counts.class)))
    public Counts counts() {
        MunicipalityCounts c = registry.counts();
        return new Counts(c.municipality(), c.active(), c.expired(), c.revoked());
    }

    @GET
    @Path("/certificates/{id}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN, Roles.EMPLOYEE })
    @Operation(operationId = "getCertificate", summary = "Read a certificate with its signed credential",
            description = "Administrators of the municipality read any of its certificates; a holder reads their own.")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such certificate visible to the caller")
    public CertificateResponse get(@PathParam("id") UUID id) {
        return response(registry.get(id));
    }

    @GET
    @Path("/certificates/{id}/pdf")
    @Produces(PDF)
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN, Roles.EMPLOYEE })
    @Operation(operationId = "getCertificatePdf", summary = "The printable certificate with a QR code to its verification",
            description = "For the same readers as the certificate: it carries the holder's name.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "404", description = "No such certificate visible to the caller")
    public RestResponse<byte[]> pdf(@PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(documents.pdf(id), PDF)
                .header("Content-Disposition", "inline; filename=\"innovasjonsagent-" + id + ".pdf\"").build();
    }

    @POST
    @Path("/certificates/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate, irreversibly, with a reason",
            description = "Verification answers REVOKED at once; the status list shows it from its next fetch. The reason "
                    + "is kept in the audit trail and never published.")
    @APIResponse(responseCode = "200", description = "The revoked certificate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such certificate in the caller's municipality")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public CertificateResponse revoke(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid RevocationRequest body) {
        return response(revocation.revoke(id, body));
    }

    @POST
    @Path("/certificates/{id}/renewal")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "renewCertificate", summary = "Renew a certificate before it expires",
            description = "Issues a new credential valid from now, with the original award date; the old one is marked "
                    + "replaced.")
    @APIResponse(responseCode = "201", description = "The new certificate",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such certificate in the caller's municipality")
    @APIResponse(responseCode = "409", description = "Expired, revoked or already renewed")
    public RestResponse<CertificateResponse> renew(@PathParam("id") UUID id, UriInfo uriInfo) {
        return created(issuing.renew(id), uriInfo);
    }

    @GET
    @Path("/certificates/{id}/events")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.MUNICIPALITY_ADMIN })
    @Operation(operationId = "listCertificateEvents", summary = "A certificate's audit trail, oldest first")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "404", description = "No such certificate in the caller's municipality")
    public EventPage events(@PathParam("id") UUID id,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        Page<EventResponse> result = registry.events(id, PageRequest.parse(page, size)).map(e -> new EventResponse(e.getId(),
                e.getKind(), e.getActor(), e.getActorName(), e.getReason(), e.getOccurredAt()));
        return new EventPage(result.items(), result.page(), result.size(), result.total());
    }

    private RestResponse<CertificateResponse> created(Certificate certificate, UriInfo uriInfo) {
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/certification/certificates")
                .path(certificate.getId().toString()).build();
        return RestResponse.ResponseBuilder.<CertificateResponse>created(location).entity(response(certificate)).build();
    }

    private CertificateResponse response(Certificate c) {
        return CertificateResponse.of(c, clock.instant(), urls.verification(c.getId()));
    }
}
