package no.nyttiggjort.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Headers that describe one connection rather than the message (RFC 9110 §7.6.1), and so stop at
 * the gateway in both directions, together with any header the Connection header names.
 */
final class HopByHopHeaders {

    private static final Set<String> ALWAYS = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    /**
     * Also not forwarded: Host (the client names the instance), Content-Length (set from the body as it
     * is sent) and Expect (the gateway answers 100-continue itself).
     */
    private static final Set<String> SET_BY_THE_GATEWAY = Set.of("host", "content-length", "expect");

    private HopByHopHeaders() {
    }

    static MultiMap forUpstream(MultiMap incoming) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        Set<String> dropped = connectionNamed(incoming);
        for (Map.Entry<String, String> header : incoming) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!ALWAYS.contains(name) && !SET_BY_THE_GATEWAY.contains(name) && !dropped.contains(name)) {
                out.add(header.getKey(), header.getValue());
            }
        }
        return out;
    }

    /** An instance's answer headers, for the caller; Content-Length stays, chunking is the caller connection's own. */
    static void copyToCaller(MultiMap answer, MultiMap out) {
        Set<String> dropped = connectionNamed(answer);
        for (Map.Entry<String, String> header : answer) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!ALWAYS.contains(name) && !dropped.contains(name)) {
                out.add(header.getKey(), header.getValue());
            }
        }
    }

    private static Set<String> connectionNamed(MultiMap headers) {
        Set<String> named = new HashSet<>();
        for (String value : headers.getAll("connection")) {
            for (String token : value.split(",")) {
                String name = token.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    named.add(name);
                }
            }
        }
        return named;
    }
}
