package no.nyttiggjort.gateway.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sent a request, as far as the gateway knows once Quarkus has authenticated it: the validated
 * token's subject, or, on the public paths that need no token, the client's address.
 *
 * <p>The address is the TCP peer's. Quarkus replaces it with the one in X-Forwarded-For / Forwarded
 * only when quarkus.http.proxy.proxy-address-forwarding is on and the peer is a trusted proxy, so a
 * caller cannot pick its own address by sending such a header.
 */
public final class Callers {

    private Callers() {
    }

    /** The subject of the request's validated token; empty for an anonymous caller. */
    public static Optional<String> subject(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return Optional.of(token.getSubject());
        }
        return Optional.ofNullable(principal.getName());
    }

    public static String clientAddress(RoutingContext rc) {
        SocketAddress address = rc.request().remoteAddress();
        if (address == null) {
            return "unknown";
        }
        return address.hostAddress() != null ? address.hostAddress() : address.host();
    }

    /** The subject, or {@code anonymous@<address>}: how the access log names a caller. */
    public static String label(RoutingContext rc) {
        return subject(rc).orElseGet(() -> "anonymous@" + clientAddress(rc));
    }
}
