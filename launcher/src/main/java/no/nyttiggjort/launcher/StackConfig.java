package no.nyttiggjort.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything a {@link Stack} needs to know: where the repository and the data live, which ports to
 * use, and whether PostgreSQL and Keycloak are started here or are already running elsewhere.
 * Immutable; build it with {@link #builder(Path)} or {@link #fromEnvironment(Path, Map)}.
 */
public final class StackConfig {

    /** Every process listens on loopback only: this is a developer stack, not a deployment. */
    public static final String HOST = "127.0.0.1";

    public static final String REALM = "nyttiggjort";
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final String EMBEDDED_DB_USER = "postgres";
    public static final String EMBEDDED_DB_PASSWORD = "postgres";
    /** More would only compete for the same cores on one machine. */
    public static final int MAX_INSTANCES = 5;
    /** A further instance listens on the first one's port plus this, times its number less one (8091, 8101...). */
    static final int INSTANCE_PORT_STEP = 10;

    /** A PostgreSQL server that someone else runs; the stack only creates its databases there. */
    public record ExternalDatabase(String host, int port, String user, String password) {
        public ExternalDatabase {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }
    }

    private final Path repoRoot;
    private final Path dataDir;
    private final Path keycloakHome;
    private final Path realmFile;
    private final Map<String, Integer> ports;
    private final Optional<ExternalDatabase> externalDatabase;
    private final Optional<String> externalKeycloakUrl;
    private final boolean demoData;
    private final Consumer<String> progress;
    private final Duration postgresTimeout;
    private final Duration keycloakTimeout;
    private final Duration serviceTimeout;
    private final Duration stopGracePeriod;
    private final Map<String, Map<String, String>> extraEnv;
    private final boolean stopOnJvmExit;
    /** Instances per service, in {@link ServiceSpec#ALL} order: one unless asked for more. */
    private final Map<String, Integer> instances;

    private StackConfig(Builder b) {
        this.repoRoot = b.repoRoot;
        this.dataDir = b.dataDir != null ? b.dataDir : b.repoRoot.resolve(".nyttiggjort");
        this.keycloakHome = b.keycloakHome != null ? b.keycloakHome : defaultKeycloakHome(b.repoRoot);
        this.realmFile = b.realmFile != null ? b.realmFile : b.repoRoot.resolve("identity/nyttiggjort-realm.json");
        Map<String, Integer> instances = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            instances.put(spec.name(), b.instances.getOrDefault(spec.name(), 1));
        }
        this.instances = Collections.unmodifiableMap(instances);
        this.ports = Collections.unmodifiableMap(b.portsWithInstances());
        this.externalDatabase = Optional.ofNullable(b.externalDatabase);
        this.externalKeycloakUrl = Optional.ofNullable(b.externalKeycloakUrl);
        this.demoData = b.demoData;
        this.progress = b.progress;
        this.postgresTimeout = b.postgresTimeout;
        this.keycloakTimeout = b.keycloakTimeout;
        this.serviceTimeout = b.serviceTimeout;
        this.stopGracePeriod = b.stopGracePeriod;
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        b.extraEnv.forEach((component, vars) -> env.put(component, Map.copyOf(vars)));
        this.extraEnv = Collections.unmodifiableMap(env);
        this.stopOnJvmExit = b.stopOnJvmExit;
    }

    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    /**
     * The configuration the command line uses: defaults, overridden by {@code NYTTIGGJORT_*}
     * variables (data directory, external PostgreSQL or Keycloak, ports, demo data).
     */
    public static Builder fromEnvironment(Path repoRoot, Map<String, String> env) {
        Builder b = builder(repoRoot);
        value(env, "NYTTIGGJORT_DATA").map(Path::of).ifPresent(b::dataDir);
        value(env, "NYTTIGGJORT_DB_HOST").ifPresent(host -> b.externalDatabase(new ExternalDatabase(
                host,
                value(env, "NYTTIGGJORT_DB_PORT").map(v -> parsePort("NYTTIGGJORT_DB_PORT", v)).orElse(5432),
                value(env, "NYTTIGGJORT_DB_USER").orElse(EMBEDDED_DB_USER),
                value(env, "NYTTIGGJORT_DB_PASSWORD").orElse(EMBEDDED_DB_PASSWORD))));
        value(env, "NYTTIGGJORT_KEYCLOAK_URL").ifPresent(b::externalKeycloak);
        value(env, "NYTTIGGJORT_INSTANCES").ifPresent(b::instances);
        for (String component : Stack.COMPONENTS) {
            String variable = portVariable(component);
            value(env, variable).ifPresent(v -> b.port(component, parsePort(variable, v)));
        }
        // Ports of further instances, e.g. NYTTIGGJORT_PROJECT_SERVICE_2_PORT; without one, the first's port + 10 per instance.
        for (ServiceSpec spec : ServiceSpec.BACKENDS) {
            for (int i = 2; i <= MAX_INSTANCES; i++) {
                String instance = instanceName(spec.name(), i);
                String variable = portVariable(instance);
                value(env, variable).ifPresent(v -> b.port(instance, parsePort(variable, v)));
            }
        }
        value(env, "NYTTIGGJORT_DEMO_DATA").ifPresent(v -> b.demoData(!v.equalsIgnoreCase("false")));
        return b;
    }

    /**
     * The name of a service's n-th instance: the service's own name for the first (its log, port
     * variable and working directory stay what they were with one instance), {@code project-service-2}
     * and so on for the others.
     */
    public static String instanceName(String service, int n) {
        return n == 1 ? service : service + "-" + n;
    }

    /**
     * Parses {@code project-service=2} or {@code project-service=2,scoring-service=2}, the form of
     * {@code --instances} and {@code NYTTIGGJORT_INSTANCES}.
     */
    static Map<String, Integer> parseInstances(String spec) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new StackException("Instances are given as service=count, e.g. project-service=2; got '" + item + "'");
            }
            String service = item.substring(0, eq).trim();
            String count = item.substring(eq + 1).trim();
            try {
                counts.put(service, Integer.parseInt(count));
            } catch (NumberFormatException e) {
                throw new StackException("The instance count for " + service + " is not a number: '" + count + "'", e);
            }
        }
        return counts;
    }

    /** {@code NYTTIGGJORT_PROJECT_SERVICE_PORT} for {@code project-service}, and so on. */
    public static String portVariable(String component) {
        return "NYTTIGGJORT_" + component.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PORT";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int parsePort(String variable, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new StackException(variable + "=" + value + " is not a port number (1–65535)");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(variable + "=" + value + " is not a port number (1–65535)", e);
        }
    }

    /**
     * The launcher module unpacks the Keycloak distribution under a versioned folder; finding it
     * by pattern keeps a Keycloak upgrade down to the version property in the POM.
     */
    static Path defaultKeycloakHome(Path repoRoot) {
        Path parent = repoRoot.resolve("launcher/target/keycloak");
        if (!Files.isDirectory(parent)) {
            return parent.resolve("keycloak");
        }
        try (Stream<Path> children = Files.list(parent)) {
            List<Path> homes = children
                    .filter(p -> p.getFileName().toString().startsWith("keycloak-"))
                    .filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh")))
                    .sorted()
                    .collect(Collectors.toList());
            return homes.isEmpty() ? parent.resolve("keycloak") : homes.get(homes.size() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + parent, e);
        }
    }

    public Path repoRoot() {
        return repoRoot;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path keycloakHome() {
        return keycloakHome;
    }

    public Path realmFile() {
        return realmFile;
    }

    /** The port of a component ({@link Stack#COMPONENTS}) or of a further instance ({@code project-service-2}). */
    public int port(String component) {
        Integer port = ports.get(component);
        if (port == null) {
            throw new IllegalArgumentException("Unknown component " + component + "; known: " + ports.keySet());
        }
        return port;
    }

    public Map<String, Integer> ports() {
        return ports;
    }

    /** How many instances of a service run (1 for the gateway, PostgreSQL and Keycloak). */
    public int instances(String service) {
        return instances.getOrDefault(service, 1);
    }

    /** The component names of a service's instances, first to last: project-service, project-service-2, ... */
    public List<String> instanceNames(String service) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= instances(service); i++) {
            names.add(instanceName(service, i));
        }
        return names;
    }

    public Optional<ExternalDatabase> externalDatabase() {
        return externalDatabase;
    }

    public Optional<String> externalKeycloakUrl() {
        return externalKeycloakUrl;
    }

    public boolean demoData() {
        return demoData;
    }

    public Consumer<String> progress() {
        return progress;
    }

    public Duration postgresTimeout() {
        return postgresTimeout;
    }

    public Duration keycloakTimeout() {
        return keycloakTimeout;
    }

    public Duration serviceTimeout() {
        return serviceTimeout;
    }

    public Duration stopGracePeriod() {
        return stopGracePeriod;
    }

    /** Extra environment variables for one component's process, on top of what the stack sets. */
    public Map<String, String> extraEnv(String component) {
        return extraEnv.getOrDefault(component, Map.of());
    }

    public boolean stopOnJvmExit() {
        return stopOnJvmExit;
    }

    public static final class Builder {
        private final Path repoRoot;
        private Path dataDir;
        private Path keycloakHome;
        private Path realmFile;
        private final Map<String, Integer> ports = new LinkedHashMap<>();
        private ExternalDatabase externalDatabase;
        private String externalKeycloakUrl;
        private boolean demoData = true;
        private Consumer<String> progress = System.out::println;
        private Duration postgresTimeout = Duration.ofSeconds(30);
        private Duration keycloakTimeout = Duration.ofSeconds(120);
        private Duration serviceTimeout = Duration.ofSeconds(60);
        private Duration stopGracePeriod = Duration.ofSeconds(10);
        private final Map<String, Map<String, String>> extraEnv = new LinkedHashMap<>();
        private boolean stopOnJvmExit = true;
        private final Map<String, Integer> instances = new LinkedHashMap<>();
        /** Ports given for further instances (project-service-2, ...), whether or not they are asked for. */
        private final Map<String, Integer> instancePorts = new LinkedHashMap<>();
        private boolean freePorts;

        private Builder(Path repoRoot) {
            this.repoRoot = repoRoot.toAbsolutePath().normalize();
            ports.put(Stack.POSTGRES, DEFAULT_POSTGRES_PORT);
            ports.put(Stack.KEYCLOAK, DEFAULT_KEYCLOAK_PORT);
            for (ServiceSpec service : ServiceSpec.ALL) {
                ports.put(service.name(), service.defaultPort());
            }
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath().normalize();
            return this;
        }

        public Builder keycloakHome(Path keycloakHome) {
            this.keycloakHome = keycloakHome.toAbsolutePath().normalize();
            return this;
        }

        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile.toAbsolutePath().normalize();
            return this;
        }

        /** The port of a component, or of a further instance of a service ({@code project-service-2}). */
        public Builder port(String component, int port) {
            if (!ports.containsKey(component) && isInstanceName(component)) {
                instancePorts.put(component, port);
                return this;
            }
            requireComponent(component);
            ports.put(component, port);
            return this;
        }

        private static boolean isInstanceName(String name) {
            for (ServiceSpec spec : ServiceSpec.BACKENDS) {
                for (int i = 2; i <= MAX_INSTANCES; i++) {
                    if (instanceName(spec.name(), i).equals(name)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Runs {@code count} instances of a service behind the gateway, each with its own port, log and
         * working directory; the gateway balances over them. Only the services, not the gateway.
         */
        public Builder instances(String service, int count) {
            if (ServiceSpec.BACKENDS.stream().noneMatch(s -> s.name().equals(service))) {
                throw new StackException("Only the services behind the gateway can run as several instances, not '"
                        + service + "'; they are " + ServiceSpec.BACKENDS.stream().map(ServiceSpec::name).toList());
            }
            if (count < 1 || count > MAX_INSTANCES) {
                throw new StackException("Instances of " + service + " must be 1 to " + MAX_INSTANCES + ", not " + count);
            }
            instances.put(service, count);
            return this;
        }

        /** {@code project-service=2[,scoring-service=2]}, as {@code --instances} takes it. */
        public Builder instances(String spec) {
            parseInstances(spec).forEach(this::instances);
            return this;
        }

        /**
         * The ports of every component, and of every further instance: given, free (with
         * {@link #freePorts()}), or the first instance's port + 10 per instance.
         */
        private Map<String, Integer> portsWithInstances() {
            Map<String, Integer> all = new LinkedHashMap<>(ports);
            List<String> needPorts = new ArrayList<>();
            for (ServiceSpec spec : ServiceSpec.BACKENDS) {
                int base = ports.get(spec.name());
                for (int i = 2; i <= instances.getOrDefault(spec.name(), 1); i++) {
                    String name = instanceName(spec.name(), i);
                    Integer given = instancePorts.get(name);
                    if (given != null) {
                        all.put(name, given);
                    } else if (freePorts) {
                        needPorts.add(name);
                    } else {
                        all.put(name, base + INSTANCE_PORT_STEP * (i - 1));
                    }
                }
            }
            List<Integer> free = needPorts.isEmpty() ? List.of() : PortCheck.freePorts(needPorts.size() + all.size());
            // Free ports are handed out past those the components already hold, so none is given twice.
            List<Integer> unused = free.stream().filter(p -> !all.containsValue(p)).toList();
            for (int i = 0; i < needPorts.size(); i++) {
                all.put(needPorts.get(i), unused.get(i));
            }
            return all;
        }

        private void requireComponent(String component) {
            if (!ports.containsKey(component)) {
                throw new IllegalArgumentException("Unknown component " + component + "; known: " + Stack.COMPONENTS);
            }
        }

        /** Free ports for every component, for tests that run beside a developer's own stack. */
        public Builder freePorts() {
            freePorts = true;
            List<Integer> free = PortCheck.freePorts(ports.size());
            int i = 0;
            for (String component : List.copyOf(ports.keySet())) {
                ports.put(component, free.get(i++));
            }
            return this;
        }

        public Builder externalDatabase(ExternalDatabase database) {
            this.externalDatabase = database;
            return this;
        }

        /** The base URL of a running Keycloak (without {@code /realms/...}); none is started then. */
        public Builder externalKeycloak(String baseUrl) {
            this.externalKeycloakUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return this;
        }

        public Builder demoData(boolean demoData) {
            this.demoData = demoData;
            return this;
        }

        /** Where the one-line progress messages go; tests may collect or discard them. */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        public Builder postgresTimeout(Duration timeout) {
            this.postgresTimeout = timeout;
            return this;
        }

        public Builder keycloakTimeout(Duration timeout) {
            this.keycloakTimeout = timeout;
            return this;
        }

        public Builder serviceTimeout(Duration timeout) {
            this.serviceTimeout = timeout;
            return this;
        }

        /** How long a process gets to stop after SIGTERM before it is killed. */
        public Builder stopGracePeriod(Duration grace) {
            this.stopGracePeriod = grace;
            return this;
        }

        public Builder env(String component, String name, String value) {
            requireComponent(component);
            extraEnv.computeIfAbsent(component, c -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /**
         * Whether the stack stops its processes when the JVM exits without {@link Stack#close()}.
         * Child processes outlive a JVM that just ends, so this is on by default.
         */
        public Builder stopOnJvmExit(boolean stopOnJvmExit) {
            this.stopOnJvmExit = stopOnJvmExit;
            return this;
        }

        public StackConfig build() {
            return new StackConfig(this);
        }
    }
}
