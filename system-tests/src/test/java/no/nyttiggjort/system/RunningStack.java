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
