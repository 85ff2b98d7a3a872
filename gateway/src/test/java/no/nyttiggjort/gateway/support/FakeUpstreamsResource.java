package no.nyttiggjort.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the test profile's routes at free loopback ports chosen before the gateway starts. Test
 * classes start {@link FakeUpstream}s on those ports, and stop and restart them at will, which a
 * server bound to a random port could not do without changing the gateway's configuration.
 * Nothing ever listens on the certification port unless a test starts it: that upstream is down.
 */
public class FakeUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String projects = "http://127.0.0.1:" + freePort();
        String scoring = "http://127.0.0.1:" + freePort();
        return Map.of(
                "gateway.routes.projects.upstream", projects,
                "gateway.routes.projects.timeout", "1s",
                "gateway.routes.scoring.upstream", scoring,
                "gateway.routes.certification.upstream", "http://127.0.0.1:" + freePort(),
                // A longer prefix inside another route's, to prove that the longest prefix wins.
                "gateway.routes.project-reports.prefix", "/api/v1/projects/reports",
                "gateway.routes.project-reports.upstream", scoring,
                "gateway.health-timeout", "1s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // Nothing was started.
    }
}
