package no.nyttiggjort.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Adds a route, replicas, served by two instances on free loopback ports, with settings short enough
 * to watch a breaker open and recover within a test: a 500 ms timeout, three failures to open, two
 * seconds before a trial request, a health check every 300 ms.
 */
public class TwoInstancesProfile implements QuarkusTestProfile {

    public static final String PREFIX = "/api/v1/replicas";

    private static final String UPSTREAMS = twoFreePorts();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.routes.replicas.prefix", PREFIX,
                "gateway.routes.replicas.upstream", UPSTREAMS,
                "gateway.routes.replicas.timeout", "500ms",
                "gateway.routes.replicas.circuit-breaker.failure-threshold", "3",
                "gateway.routes.replicas.circuit-breaker.open-delay", "2s",
                "gateway.health-interval", "300ms");
    }

    private static String twoFreePorts() {
        int first = freePort();
        int second = freePort();
        while (second == first) {
            second = freePort();
        }
        return "http://127.0.0.1:" + first + ",http://127.0.0.1:" + second;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
