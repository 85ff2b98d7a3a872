package no.nyttiggjort.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every operation documents the errors every operation can give (401, 403, 500 and, with a body
 * or parameters, 400) and every error response carries the problem+json schema, so clients
 * generated from the document know the one error shape without each resource repeating it.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid request: the problem names each rejected field",
            "401", "No valid bearer token",
            "403", "The caller's roles do not allow this operation",
            "500", "Unexpected error; quote the requestId");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::complete));
    }

    private void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        for (Map.Entry<String, String> common : COMMON.entrySet()) {
            boolean applies = switch (common.getKey()) {
                case "401", "403" -> secured;
                default -> true;
            };
            if (applies && !responses.hasAPIResponse(common.getKey())) {
                responses.addAPIResponse(common.getKey(), OASFactory.createAPIResponse().description(common.getValue()));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemBody(response);
            }
        });
    }

    private static void withProblemBody(APIResponse response) {
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        response.setContent(content);
    }
}
