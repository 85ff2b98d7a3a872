package no.nyttiggjort.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.nyttiggjort.launcher.Stack;
import no.nyttiggjort.launcher.StackConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real stack once for all system tests, with the launcher's own code, on free loopback
 * ports and a fresh data directory, and stops it when the test run ends.
 */
public class RunningStack implements BeforeAllCallback {

    private static final String JWK_REFRESH = "QUARKUS_OIDC_TOKEN_FORCED_JWK_REFRESH_INTERVAL";
    private static Stack stack;

    public static Stack stack() {
        if (stack == null) {
            throw new IllegalStateException("The stack is started by @ExtendWith(RunningStack.class)");
        }
        return stack;
    }

    public static String gateway() {
        return stack().url(Stack.GATEWAY);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningStack.class, key -> start(), StackHandle.class);
    }

    private static StackHandle start() {
        Path repoRoot = Path.of(System.getProperty("nyttiggjort.repo-root", "..")).toAbsolutePath().normalize();
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("nyttiggjort-system-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackConfig config = StackConfig.builder(repoRoot)
                .dataDir(dataDir)
                .freePorts()
                // Two instances behind the gateway, for InstanceKillIT; the other tests do not notice.
                .instances(Stack.PROJECT_SERVICE, 2)
                // InstanceKillIT streams GETs with one token faster than a portal user may: signed-in
                // callers get more room here. Anonymous callers keep the default limit, which
                // GatewayEdgeIT drives into 429.
                .env(Stack.GATEWAY, "GATEWAY_RATE_LIMIT_SIGNED_IN_RATE", "5000")
                .env(Stack.GATEWAY, "GATEWAY_RATE_LIMIT_SIGNED_IN_BURST", "5000")
                // SigningKeyRevocationIT rotates Keycloak's keys twice within seconds; quarkus-oidc re-reads
                // the key set on an unknown key id at most once per this interval (10 minutes by default).
                .env(Stack.GATEWAY, JWK_REFRESH, "PT2S")
                .env(Stack.PROJECT_SERVICE, JWK_REFRESH, "PT2S")
                .demoData(true)
                .progress(line -> System.out.println("[stack] " + line))
                .build();
        stack = new Stack(config);
        stack.start();
        return new StackHandle(stack);
    }

    /** Lets JUnit close the stack at the very end of the run. */
    record StackHandle(Stack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
        }
    }
}
