package no.nyttiggjort.certification.certificate.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificationAggregates", description = "Every municipality that has or had certificates, by municipality"
        + " number. One document rather than a page: it holds at most one entry per municipality number.")
public record CertificationAggregatesResponse(
        List<MunicipalityAgentsResponse> municipalities,
        @Schema(description = "Counts below this, except 0, are withheld", examples = "5") int minimumGroupSize) {
}
