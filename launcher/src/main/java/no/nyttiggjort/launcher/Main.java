package no.nyttiggjort.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * {@code java -cp launcher.jar:lib/* no.nyttiggjort.launcher.Main start|stop|status}; the {@code nyttiggjort} script at the repository
 * root builds first and then calls this.
 */
public final class Main {

    /** Long enough for the ordered shutdown: each component gets its grace period in turn. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(120);

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int exitCode;
        try {
            switch (command) {
                case "start":
                    exitCode = start(options);
                    break;
                case "stop":
                    exitCode = stop();
                    break;
                case "status":
                    exitCode = status();
                    break;
                case "help":
                case "-h":
                case "--help":
                    usage();
                    exitCode = 0;
                    break;
                default:
                    System.err.println("Unknown command: " + command);
                    usage();
                    exitCode = 2;
            }
        } catch (StackException e) {
            System.err.println();
            System.err.println(e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static void usage() {
        System.out.println(String.join("\n",
                "usage: nyttiggjort start [--no-build] [--instances service=N[,service=N]] | stop | status | logs [component]",
                "",
                "  start    starts PostgreSQL, Keycloak, the services and the gateway on 127.0.0.1,",
                "           loads the demo data, and stays in the foreground (Ctrl-C stops everything)",
                "           --instances project-service=2 runs two instances of project-service (up to "
                        + StackConfig.MAX_INSTANCES + "); the",
                "           gateway balances over them; further instances are named project-service-2, ...",
                "  stop     stops a launcher running in another terminal",
                "  status   shows what is running",
                "",
                "environment:",
                "  NYTTIGGJORT_DATA           data directory (default <repo>/.nyttiggjort)",
                "  NYTTIGGJORT_DB_HOST        use this PostgreSQL instead of starting one; with",
                "  NYTTIGGJORT_DB_PORT (5432), NYTTIGGJORT_DB_USER, NYTTIGGJORT_DB_PASSWORD",
                "  NYTTIGGJORT_KEYCLOAK_URL   use this Keycloak (base URL) instead of starting one",
                "  NYTTIGGJORT_DEMO_DATA      false: do not create the demo projects",
                "  NYTTIGGJORT_INSTANCES      as --instances, e.g. project-service=2",
                "  NYTTIGGJORT_<COMPONENT>_PORT  e.g. NYTTIGGJORT_GATEWAY_PORT (8080), NYTTIGGJORT_POSTGRES_PORT (15432),",
                "                             NYTTIGGJORT_KEYCLOAK_PORT (8180), NYTTIGGJORT_PROJECT_SERVICE_PORT (8081),",
                "                             NYTTIGGJORT_PROJECT_SERVICE_2_PORT (the first's port + 10: 8091)"));
    }

    private static StackConfig config() {
        return StackConfig.fromEnvironment(repoRoot(), System.getenv()).build();
    }

    /**
     * Where a running launcher notes how many instances it started (from --instances), so that
     * status, run from another terminal, shows every one of them.
     */
    private static Path instancesFile(StackConfig config) {
        return config.dataDir().resolve("launcher.instances");
    }

    /**
     * The script passes the repository root; without it, the jar's own place
     * ({@code <repo>/launcher/target/}) tells.
     */
    static Path repoRoot() {
        String property = System.getProperty("nyttiggjort.repo-root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = code.getParent().getParent().getParent();
            if (candidate != null && Files.isRegularFile(candidate.resolve("launcher/pom.xml"))) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            throw new StackException("Cannot tell where the launcher runs from: " + e.getMessage(), e);
        }
        return Path.of("").toAbsolutePath();
    }

    private static int start(List<String> options) {
        StackConfig.Builder builder = StackConfig.fromEnvironment(repoRoot(), System.getenv());
        List<String> instanceSpecs = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--no-build")) {
                // The script acts on it itself.
                continue;
            }
            if (option.equals("--instances") && i + 1 < options.size()) {
                instanceSpecs.add(options.get(++i));
            } else if (option.startsWith("--instances=")) {
                instanceSpecs.add(option.substring("--instances=".length()));
            } else {
                // Anything else is a typo worth pointing out.
                System.err.println("Unknown option for start: " + option);
                usage();
                return 2;
            }
        }
        instanceSpecs.forEach(builder::instances);
        StackConfig config = builder.build();
        PidFile pidFile = new PidFile(config.dataDir().resolve("launcher.pid"));
        Optional<ProcessHandle> running = pidFile.liveProcess();
        if (running.isPresent()) {
            System.err.println("Nyttiggjort is already running (launcher pid " + running.get().pid()
                    + ", data in " + config.dataDir() + "). Stop it with ./nyttiggjort stop.");
            return 1;
        }
        List<ProcessHandle> leftovers = Leftovers.find(config);
        if (!leftovers.isEmpty()) {
            System.err.println("Processes from an earlier run still use " + config.dataDir() + ": "
                    + Leftovers.describe(leftovers) + ". Their launcher did not stop cleanly; "
                    + "./nyttiggjort stop stops them.");
            return 1;
        }
        pidFile.writeCurrent();
        writeInstances(config);
        // The stack's shutdown hook turns Ctrl-C, SIGTERM (./nyttiggjort stop) and a closed terminal into an ordered stop.
        Stack stack = new Stack(config);
        try {
            stack.start();
        } catch (Readiness.Aborted e) {
            System.err.println("Startup interrupted; stopping what was started.");
            return 130;
        }
        System.out.println(stack.summary());
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int stop() {
        StackConfig config = config();
        PidFile pidFile = new PidFile(config.dataDir().resolve("launcher.pid"));
        Optional<ProcessHandle> launcher = pidFile.liveProcess();
        if (launcher.isEmpty()) {
            pidFile.delete();
            List<ProcessHandle> leftovers = Leftovers.find(config);
            if (!leftovers.isEmpty()) {
                System.out.println("No launcher runs, but processes from an earlier run do: "
                        + Leftovers.describe(leftovers) + "; stopping them…");
                if (Leftovers.stop(leftovers, config.stopGracePeriod())) {
                    System.out.println("Stopped.");
                    return 0;
                }
                System.err.println("Some are still running: " + Leftovers.describe(
                        leftovers.stream().filter(ProcessHandle::isAlive).collect(Collectors.toList())));
                return 1;
            }
            System.out.println("Nyttiggjort is not running (no launcher for " + config.dataDir() + ").");
            return 0;
        }
        System.out.println("Stopping Nyttiggjort (launcher pid " + launcher.get().pid() + "); it stops the gateway, "
                + "the services, Keycloak and PostgreSQL in turn…");
        return stopLauncher(launcher.get()) ? 0 : 1;
    }

    /** SIGTERM, on which the launcher's shutdown hook stops the stack in order; then we wait for it. */
    private static boolean stopLauncher(ProcessHandle process) {
        long t0 = System.nanoTime();
        process.destroy();
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.err.println("The launcher (pid " + process.pid() + ") is still running after "
                    + STOP_WAIT.toSeconds() + " s; look at its output and the logs.");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for pid " + process.pid() + " failed", e.getCause());
        }
        System.out.println(String.format(Locale.ROOT, "Nyttiggjort stopped (%.1f s).", (System.nanoTime() - t0) / 1e9));
        return true;
    }

    private static int status() {
        // Only for its URLs: nothing is started.
        StackConfig.Builder builder = StackConfig.fromEnvironment(repoRoot(), System.getenv()).progress(line -> { })
                .stopOnJvmExit(false);
        StackConfig plain = builder.build();
        Optional<ProcessHandle> launcher = new PidFile(plain.dataDir().resolve("launcher.pid")).liveProcess();
        if (launcher.isPresent()) {
            readInstances(plain).ifPresent(builder::instances);
        }
        StackConfig config = builder.build();
        Stack stack = new Stack(config);
        System.out.println(launcher.map(h -> "Launcher running (pid " + h.pid() + "), data in " + config.dataDir())
                .orElse("No launcher running for " + config.dataDir()));
        boolean allUp = true;
        for (String name : stack.componentNames()) {
            String state;
            if (name.equals(Stack.POSTGRES)) {
                boolean external = config.externalDatabase().isPresent();
                boolean listening = external || !PortCheck.isFree(config.port(name));
                state = external ? "external" : listening ? "listening" : "down";
                allUp &= listening;
            } else {
                URI probe = name.equals(Stack.KEYCLOAK)
                        ? KeycloakProcess.readinessUrl(stack.url(name))
                        : URI.create(stack.url(name) + "/q/health/ready");
                boolean ready = Readiness.isReady(probe);
                state = ready ? "ready" : "not answering";
                allUp &= ready;
            }
            System.out.println(String.format(Locale.ROOT, "  %-23s %-14s %s", name, state, stack.url(name)));
        }
        return allUp ? 0 : 3;
    }

    private static void writeInstances(StackConfig config) {
        String spec = ServiceSpec.BACKENDS.stream()
                .map(service -> service.name() + "=" + config.instances(service.name()))
                .collect(Collectors.joining(","));
        try {
            Files.createDirectories(config.dataDir());
            Files.writeString(instancesFile(config), spec + System.lineSeparator());
        } catch (IOException e) {
            throw new StackException("Cannot write " + instancesFile(config) + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> readInstances(StackConfig config) {
        try {
            Path file = instancesFile(config);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
