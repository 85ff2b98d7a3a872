package no.nyttiggjort.common.security.tokencache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many verified bearer tokens are remembered, and for how long at most. */
@ConfigMapping(prefix = "nyttiggjort.security.token-cache")
public interface TokenCacheConfig {

    /** Off means every request's token is verified by quarkus-oidc again, as without the cache. */
    @WithDefault("true")
    boolean enabled();

    /** The most tokens remembered at once; the least recently used are forgotten first. */
    @WithDefault("10000")
    long maxSize();

    /**
     * The longest a verification is reused, even for a token that expires later. After it, the token
     * is verified again by quarkus-oidc, so whatever quarkus-oidc would now refuse is refused.
     */
    @WithDefault("60s")
    Duration maxAge();
}
