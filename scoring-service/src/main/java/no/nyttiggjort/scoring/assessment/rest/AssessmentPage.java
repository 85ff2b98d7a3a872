package no.nyttiggjort.scoring.assessment.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of assessments; a concrete type so the OpenAPI document names its item schema. */
@Schema(name = "AssessmentPage")
public record AssessmentPage(List<AssessmentResponse> items, int page, int size, long total) {
}
