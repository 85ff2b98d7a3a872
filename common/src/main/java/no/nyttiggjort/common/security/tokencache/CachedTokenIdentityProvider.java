package no.nyttiggjort.common.security.tokencache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcConfig;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import no.nyttiggjort.common.security.tokencache.TokenCacheEligibility.KeySource;
import org.jboss.logging.Logger;

/**
 * Verifies bearer tokens with quarkus-oidc once and reuses the identity it made while the
 * {@link VerifiedTokenCache} rules allow (the RS256 check and the identity it builds cost about
 * 100 µs of CPU per request, the largest part of a cheap read).
 *
 * <p>Why an identity provider rather than the authentication mechanism: quarkus-oidc's mechanism
 * still extracts the token, resolves the tenant and sets up the request exactly as without the
 * cache, and Quarkus still runs every {@code SecurityIdentityAugmentor} per request; only the
 * verification by {@link OidcIdentityProvider}, which this provider is asked before, is skipped on
 * a hit. A miss, a failure or a token quarkus-oidc does not accept goes to quarkus-oidc unchanged,
 * and only identities from a local signature check are remembered (never ones that needed the
 * issuer's introspection or UserInfo, which a reuse would skip).
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(CachedTokenIdentityProvider.class);
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();
    private static final TrustedKeys CONFIGURED_KEY = kid -> "the configured public key";

    private final OidcIdentityProvider oidc;
    private final VerifiedTokenCache cache;
    private final Supplier<TrustedKeys> trustedKeys;
    private final Counter hits;
    private final Counter misses;

    CachedTokenIdentityProvider(OidcIdentityProvider oidc, TokenCacheConfig config, OidcConfig oidcConfig,
            PublishedSigningKeys publishedKeys, @Any Instance<TenantResolver> tenantResolvers,
            @Any Instance<TenantConfigResolver> tenantConfigResolvers, MeterRegistry registry) {
        this.oidc = oidc;
        TokenCacheEligibility eligibility = TokenCacheEligibility.of(oidcConfig,
                !tenantResolvers.isUnsatisfied() || !tenantConfigResolvers.isUnsatisfied());
        if (!config.enabled() || !eligibility.eligible()) {
            LOG.infof("Verified-token cache is off: %s", config.enabled() ? eligibility.reasonIfNot()
                    : "nyttiggjort.security.token-cache.enabled is false");
            this.cache = null;
            this.trustedKeys = null;
            this.hits = null;
            this.misses = null;
            return;
        }
        this.trustedKeys = eligibility.keySource() == KeySource.ISSUER_JWKS ? publishedKeys::current : () -> CONFIGURED_KEY;
        OidcTenantConfig.Token token = OidcConfig.getDefaultTenant(oidcConfig).token();
        this.cache = new VerifiedTokenCache(config.maxSize(), config.maxAge(), token.lifespanGrace().orElse(0),
                token.age(), trustedKeys, System::currentTimeMillis);
        // One name, two results: a hit reused a verification, a miss was verified by quarkus-oidc.
        String description = "Bearer tokens looked up in the verified-token cache, by result";
        this.hits = Counter.builder("nyttiggjort.token.cache").tag("result", "hit").description(description)
                .register(registry);
        this.misses = Counter.builder("nyttiggjort.token.cache").tag("result", "miss").description(description)
                .register(registry);
        Gauge.builder("nyttiggjort.token.cache.size", cache, VerifiedTokenCache::size)
                .description("Verified tokens remembered").register(registry);
        LOG.infof("Verified-token cache is on: at most %d tokens, each reused for at most %s, keys from %s",
                config.maxSize(), config.maxAge(), eligibility.keySource());
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (cache == null || routingContext == null || !(request.getToken() instanceof AccessTokenCredential)) {
            // No identity from here: Quarkus asks quarkus-oidc next, as if this provider did not exist.
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        SecurityIdentity remembered = cache.find(token);
        if (remembered != null) {
            hits.increment();
            // quarkus-oidc's provider leaves the blocking-task context on the request for later steps.
            routingContext.put(REQUEST_CONTEXT, context);
            return Uni.createFrom().item(withRequestState(remembered, routingContext, context));
        }
        misses.increment();
        TrustedKeys keysBefore = trustedKeys.get();
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null && verifiedLocally(identity)) {
                cache.remember(token, withRequestState(identity, null, null), keysBefore);
            }
        });
    }

    private static boolean verifiedLocally(SecurityIdentity identity) {
        return identity.getAttribute(OidcUtils.INTROSPECTION_ATTRIBUTE) == null
                && identity.getAttribute(OidcUtils.USER_INFO_ATTRIBUTE) == null;
    }

    /**
     * The identity with the two request-bound attributes quarkus-oidc sets (the request's routing
     * context and its blocking-task context) replaced: a remembered identity holds neither, so no
     * request is kept alive by the cache or seen by another request, and a reused one carries the
     * current request's. Principal, credentials, roles, permissions and the other attributes
     * depend only on the token and the configuration.
     */
    private static SecurityIdentity withRequestState(SecurityIdentity identity, RoutingContext routingContext,
            AuthenticationRequestContext requestContext) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.put(ROUTING_CONTEXT, routingContext);
        attributes.put(REQUEST_CONTEXT, requestContext);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addRoles(identity.getRoles())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .setAnonymous(identity.isAnonymous())
                .build();
    }
}
