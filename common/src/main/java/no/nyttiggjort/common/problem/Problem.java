package no.nyttiggjort.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of the whole API (RFC 9457 problem details), extended with the request id
 * and, for validation failures, the fields that were wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, the one error shape of the API")
public record Problem(
        @Schema(description = "URI that identifies the kind of problem", examples = "https://nyttiggjort.no/problems/validation")
        String type,
        @Schema(description = "Short, stable summary of the kind of problem", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence")
        String detail,
        @Schema(description = "The request path this problem is about", examples = "/api/v1/projects")
        String instance,
        @Schema(description = "Correlates this answer with the logs of every service involved")
        String requestId,
        @Schema(description = "For validation problems: every field that was rejected and why")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://nyttiggjort.no/problems/";

    public Problem withContext(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }
}
