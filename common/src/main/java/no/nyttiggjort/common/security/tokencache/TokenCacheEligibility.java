package no.nyttiggjort.common.security.tokencache;

import io.quarkus.oidc.runtime.OidcConfig;
import io.quarkus.oidc.runtime.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;

/**
 * Whether quarkus-oidc is set up so that reusing a verification is provably no weaker than
 * verifying again, and where its keys come from. Any setup that checks something per request
 * besides the token's bytes (proof-of-possession bindings, several tenants) or whose key
 * lifetime cannot be observed (keys resolved lazily per key id) turns the cache off.
 */
public record TokenCacheEligibility(KeySource keySource, String reasonIfNot) {

    public enum KeySource {
        /** {@code quarkus.oidc.public-key}: one key for the life of the process, whatever the token's kid. */
        CONFIGURED_PUBLIC_KEY,
        /** The issuer's JWKS, fetched by quarkus-oidc at start and again when a token names an unknown kid. */
        ISSUER_JWKS
    }

    public boolean eligible() {
        return keySource != null;
    }

    public static TokenCacheEligibility of(OidcConfig oidc, boolean customTenantResolution) {
        if (customTenantResolution || oidc.namedTenants().keySet().stream().anyMatch(k -> !OidcConfig.DEFAULT_TENANT_KEY.equals(k))) {
            return no("more than one OIDC tenant: a token could be accepted by one tenant and not another");
        }
        OidcTenantConfig tenant = OidcConfig.getDefaultTenant(oidc);
        if (tenant == null || !tenant.tenantEnabled()) {
            return no("the default OIDC tenant is off");
        }
        if (tenant.applicationType().orElse(ApplicationType.SERVICE) != ApplicationType.SERVICE) {
            return no("the application is not a bearer-token service");
        }
        if (!"Bearer".equalsIgnoreCase(tenant.token().authorizationScheme()) || tenant.token().binding().certificate()) {
            return no("tokens are bound to a per-request proof (DPoP or a client certificate)");
        }
        if (tenant.token().decryptAccessToken()) {
            return no("access tokens are encrypted");
        }
        if (tenant.authServerUrl().isPresent()) {
            if (tenant.certificateChain().trustStoreFile().isPresent()) {
                return no("keys may come from a certificate chain in the token");
            }
            if (!tenant.jwks().resolveEarly()) {
                // Lazily resolved keys are dropped by a timer without a JWKS fetch this view could see.
                return no("quarkus.oidc.jwks.resolve-early is false");
            }
            return new TokenCacheEligibility(KeySource.ISSUER_JWKS, null);
        }
        if (tenant.publicKey().isPresent()) {
            return new TokenCacheEligibility(KeySource.CONFIGURED_PUBLIC_KEY, null);
        }
        return no("tokens are not verified with a known key");
    }

    private static TokenCacheEligibility no(String reason) {
        return new TokenCacheEligibility(null, reason);
    }
}
