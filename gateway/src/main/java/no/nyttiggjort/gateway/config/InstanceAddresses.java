package no.nyttiggjort.gateway.config;

import java.net.URI;
import java.util.List;

/** The configured addresses of a service's instances, as both the proxy routes and the network overview take them. */
public final class InstanceAddresses {

    private InstanceAddresses() {
    }

    /**
     * Fails startup on an address the gateway could never call: each must be {@code http(s)://host[:port]}
     * with no path or query, and there must be at least one.
     *
     * @param property the configuration property the addresses come from, named in the error
     */
    public static List<URI> require(String property, List<URI> urls) {
        if (urls.isEmpty()) {
            throw new IllegalStateException(property + " must name at least one instance");
        }
        for (URI url : urls) {
            boolean schemeOk = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
            boolean pathless = url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/");
            if (!schemeOk || url.getHost() == null || !pathless || url.getRawQuery() != null) {
                throw new IllegalStateException(property + " must be a comma-separated list of http(s)://host[:port], was " + url);
            }
        }
        return List.copyOf(urls);
    }
}
