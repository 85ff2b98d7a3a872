package no.nyttiggjort.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldError", description = "A rejected field and the reason")
public record FieldError(
        @Schema(description = "The field as the client named it: a JSON property, query parameter or header", examples = "title")
        String field,
        @Schema(description = "Why it was rejected", examples = "must not be blank")
        String message) {
}
