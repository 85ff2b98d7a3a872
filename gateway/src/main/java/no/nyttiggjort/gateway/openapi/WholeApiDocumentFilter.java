package no.nyttiggjort.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.nyttiggjort.common.openapi.ProblemResponsesFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Turns the merge of the services' documents into the description of the API as clients see it at the
 * gateway: only what the gateway serves, every operation secured by the realm's bearer token or OAuth2
 * unless both the gateway and the service let it through without one, the errors the gateway itself
 * answers, every error as problem+json, and everything in a stable order so the document only changes
 * when the API does. Runs at build time; the addresses of a deployment are set at startup by
 * {@link DeploymentAddressesFilter}.
 */
// Last of the build filters (a higher priority runs first): filters that describe routes SmallRye cannot scan,
// such as the network overview's, add their operations before this completes every operation.
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 0)
public class WholeApiDocumentFilter implements OASFilter {

    static final String API_ROOT = "/api/";
    static final String BEARER = "bearer";
    static final String KEYCLOAK = "keycloak";

    private static final Pattern ROUTE_PREFIX = Pattern.compile("gateway\\.routes\\.([^.]+)\\.prefix");
    private static final String TOO_MANY_REQUESTS = "429";
    private static final String BODY_TOO_LARGE = "413";

    /** Errors the gateway answers itself for the calls it passes on, on top of what each service documents. */
    private static final Map<String, String> PROXY_ERRORS = new TreeMap<>(Map.of(
            "502", "The service behind this route broke off or sent a malformed answer",
            "503", "The service behind this route is unavailable; try again shortly",
            "504", "The service behind this route did not answer in time"));

    private final PublicPaths publicPaths;
    private final List<String> routePrefixes;

    public WholeApiDocumentFilter() {
        Config config = ConfigProvider.getConfig();
        this.publicPaths = PublicPaths.from(config);
        this.routePrefixes = routePrefixes(config);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        // Service-local paths (such as certification's /.well-known/jwks.json) are not reachable through the gateway.
        new ArrayList<>(openAPI.getPaths().getPathItems().keySet()).stream()
                .filter(path -> !path.startsWith(API_ROOT))
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().forEach(this::complete);
        // After the security requirements are final: it documents 401/403 for secured operations only.
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        inStableOrder(openAPI);
    }

    private void complete(String path, PathItem item) {
        boolean proxied = routePrefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        item.getOperations().values().forEach(operation -> {
            secure(path, operation);
            addGatewayErrors(operation, proxied);
        });
    }

    private void secure(String path, Operation operation) {
        boolean publicAtService = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        if (publicAtService && publicPaths.isPublic(path)) {
            operation.setSecurity(new ArrayList<>());
            return;
        }
        // Either scheme gives the same bearer token: a JWT of the realm, sent in Authorization.
        List<SecurityRequirement> either = new ArrayList<>();
        either.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        either.add(OASFactory.createSecurityRequirement().addScheme(KEYCLOAK));
        operation.setSecurity(either);
    }

    private static void addGatewayErrors(Operation operation, boolean proxied) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse(TOO_MANY_REQUESTS)) {
            responses.addAPIResponse(TOO_MANY_REQUESTS, OASFactory.createAPIResponse()
                    .description("Too many requests from this caller (on public paths: from this address)")
                    .addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO))));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse(BODY_TOO_LARGE)) {
            responses.addAPIResponse(BODY_TOO_LARGE, OASFactory.createAPIResponse()
                    .description("The request body is larger than the gateway accepts"));
        }
        if (proxied) {
            PROXY_ERRORS.forEach((status, description) -> {
                if (!responses.hasAPIResponse(status)) {
                    responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
                }
            });
        }
    }

    /**
     * The merge keeps the order in which it met things, which depends on the order the services' files are
     * listed in; paths, operations' answers, schemas and tags are sorted instead.
     */
    private static void inStableOrder(OpenAPI openAPI) {
        openAPI.getPaths().setPathItems(new TreeMap<>(openAPI.getPaths().getPathItems()));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            APIResponses responses = operation.getResponses();
            responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        }));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().setSchemas(new TreeMap<>(openAPI.getComponents().getSchemas()));
        }
        if (openAPI.getTags() != null) {
            openAPI.setTags(openAPI.getTags().stream()
                    .sorted(Comparator.comparing(tag -> tag.getName()))
                    .collect(Collectors.toCollection(ArrayList::new)));
        }
    }

    private static List<String> routePrefixes(Config config) {
        List<String> prefixes = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = ROUTE_PREFIX.matcher(name);
            if (matcher.matches()) {
                prefixes.add(config.getValue(name, String.class));
            }
        }
        return prefixes;
    }
}
