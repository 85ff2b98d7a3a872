package no.nyttiggjort.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The addresses in the document are those of the deployment that serves it: the gateway's public URL
 * as the one server (the services' own addresses are internal), and the OAuth2 endpoints of the
 * identity provider the gateway trusts. Runs at startup, so a deployment needs no rebuild; the document
 * stored at build time carries the values of the build's configuration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class DeploymentAddressesFilter implements OASFilter {

    static final String SERVER_URL = "nyttiggjort.openapi.server-url";
    private static final String OIDC_ENDPOINTS = "/protocol/openid-connect/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        openAPI.setServers(List.of(OASFactory.createServer()
                .url(config.getValue(SERVER_URL, String.class))
                .description("The gateway; every path is called through it")));
        realmUrl(config).ifPresent(realm -> oauthFlow(openAPI).ifPresent(flow -> flow
                .authorizationUrl(realm + OIDC_ENDPOINTS + "auth")
                .tokenUrl(realm + OIDC_ENDPOINTS + "token")
                .refreshUrl(realm + OIDC_ENDPOINTS + "token")));
    }

    /** The public issuer when it differs from the address the gateway uses internally (as in docker-compose). */
    private static Optional<String> realmUrl(Config config) {
        return config.getOptionalValue("quarkus.oidc.token.issuer", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .filter(url -> url.startsWith("http"))
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    private static Optional<OAuthFlow> oauthFlow(OpenAPI openAPI) {
        return Optional.ofNullable(openAPI.getComponents())
                .map(components -> components.getSecuritySchemes())
                .map(schemes -> schemes.get(WholeApiDocumentFilter.KEYCLOAK))
                .map(SecurityScheme::getFlows)
                .map(flows -> flows.getAuthorizationCode());
    }
}
