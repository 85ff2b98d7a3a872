package no.nyttiggjort.scoring.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the REST client at a free loopback port chosen before the service starts. The tests start
 * {@link FakeProjectService} on that port and may stop and restart it, which a server on a random
 * port could not do without changing the service's configuration.
 */
public class FakeProjectServiceResource implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "quarkus.rest-client.project-service.url";

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Map.of(URL_PROPERTY, "http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // FakeProjectService stops with the JVM; nothing was started here.
    }
}
