package no.nyttiggjort.certification.programme.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrolmentPage")
public record EnrolmentPage(List<EnrolmentResponse> items, int page, int size, long total) {
}
