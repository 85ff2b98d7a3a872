package no.nyttiggjort.common.security.tokencache;

/**
 * The signing keys quarkus-oidc verifies with at one moment, as a fingerprint per key id. Two
 * snapshots give the same fingerprint for a key id only if that id names the same key material.
 */
@FunctionalInterface
public interface TrustedKeys {

    /** Nothing is trusted: no key set has been seen yet. */
    TrustedKeys NONE = kid -> null;

    /** The fingerprint of what is trusted under this key id, or null when nothing is. */
    String fingerprint(String kid);

    /** When this key set arrived, in epoch milliseconds; 0 for one that never changes. */
    default long receivedAtMillis() {
        return 0;
    }
}
