package no.nyttiggjort.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The whole Nyttiggjort stack on one machine: PostgreSQL, Keycloak, the three services and the
 * gateway, started in dependency order and stopped in reverse. The command line uses it, and so do
 * the system tests (with free ports and a temporary data directory).
 *
 * <pre>{@code
 * try (Stack stack = new Stack(StackConfig.builder(repoRoot).dataDir(tmp).freePorts().build())) {
 *     stack.start();
 *     given().baseUri(stack.url(Stack.GATEWAY))...
 *     stack.stopComponent(Stack.PROJECT_SERVICE);
 *     stack.startComponent(Stack.PROJECT_SERVICE);
 * }
 * }</pre>
 *
 * <p>A service may run as several instances ({@link StackConfig.Builder#instances(String, int)}): the
 * first keeps the service's name, the others are components of their own ({@code project-service-2}),
 * and the gateway balances over all of them.
 */
public final class Stack implements AutoCloseable {

    /** Where the demo portal would run: the realm's default portal redirect URI is http://localhost:3000/*. */
    public static final String DEMO_PORTAL_ORIGIN = "http://localhost:3000";


    public static final String POSTGRES = "postgres";
    public static final String KEYCLOAK = "keycloak";
    public static final String PROJECT_SERVICE = "project-service";
    public static final String SCORING_SERVICE = "scoring-service";
    public static final String CERTIFICATION_SERVICE = "certification-service";
    public static final String GATEWAY = "gateway";

    /** In start order. */
    public static final List<String> COMPONENTS =
            List.of(POSTGRES, KEYCLOAK, PROJECT_SERVICE, SCORING_SERVICE, CERTIFICATION_SERVICE, GATEWAY);

    private static final int LOG_LINES_ON_FAILURE = 20;

    private final StackConfig config;
    private final Consumer<String> progress;
    /** Components we run ourselves, in start order; external PostgreSQL or Keycloak are not in it. */
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final ReentrantLock lifecycle = new ReentrantLock();
    /** Set before close() takes the lock, so that a start() in progress gives up its waits quickly. */
    private volatile boolean closing;
    /** Components that became ready and have not been stopped on purpose since. */
    private final Set<String> ready = ConcurrentHashMap.newKeySet();
    private boolean started;
    private boolean closed;
    private Thread shutdownHook;
    private volatile Optional<DemoData.Result> demoDataResult = Optional.empty();

    public Stack(StackConfig config) {
        this.config = config;
        this.progress = config.progress();
        Path logs = config.logDir();
        if (config.externalDatabase().isEmpty()) {
            components.put(POSTGRES, new EmbeddedDatabase(config.dataDir().resolve("postgres"), config.port(POSTGRES),
                    logs.resolve(POSTGRES + ".log"), config.postgresTimeout()));
        }
        if (config.externalKeycloakUrl().isEmpty()) {
            components.put(KEYCLOAK, new KeycloakProcess(config.keycloakHome(), config.port(KEYCLOAK),
                    config.realmFile(), jdbcUrl("keycloak"), dbUser(), dbPassword(), keycloakEnv(),
                    config.keycloakTimeout(), Leftovers.marker(config.dataDir()),
                    config.dataDir().resolve("keycloak/transaction-logs"), logs.resolve(KEYCLOAK + ".log"),
                    crashReporter(KEYCLOAK)));
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            for (String instance : config.instanceNames(spec.name())) {
                // Quarkus reads .env and config/application.properties from its working directory: one per
                // instance under the data directory keeps the caller's directory out, and leaves a place
                // to override one instance's settings by hand.
                Path workingDir = config.dataDir().resolve("run").resolve(instance);
                components.put(instance, new ServiceProcess(instance, ServiceProcess.jar(config.repoRoot(), spec),
                        config.port(instance), serviceEnv(spec, instance), workingDir,
                        config.serviceTimeout(), Leftovers.marker(config.dataDir()), logs.resolve(instance + ".log"),
                        crashReporter(instance)));
            }
        }
    }

    /**
     * Reports a component that dies after it was ready (one that dies while starting is reported by
     * the start itself). Ctrl-C in a terminal reaches the children as well as us, so a child may end
     * a moment before our shutdown hook says we are closing; waiting a second keeps that out.
     */
    private Consumer<String> crashReporter(String name) {
        return message -> CompletableFuture.runAsync(() -> {
            if (!closing && ready.remove(name)) {
                progress.accept("! " + message);
            }
        }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
    }

    /**
     * Swagger UI at the gateway signs in through the realm's nyttiggjort-api-docs client, which only
     * accepts its redirect back to this stack's gateway (the realm resolves these at import).
     */
    private Map<String, String> keycloakEnv() {
        String gateway = "http://" + StackConfig.HOST + ":" + config.port(GATEWAY);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NYTTIGGJORT_API_DOCS_REDIRECT_URI", gateway + "/q/swagger-ui/oauth2-redirect.html");
        env.put("NYTTIGGJORT_API_DOCS_WEB_ORIGIN", gateway);
        env.putAll(config.extraEnv(KEYCLOAK));
        return env;
    }

    private Map<String, String> serviceEnv(ServiceSpec spec, String instance) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", StackConfig.HOST);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(config.port(instance)));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuerUrl());
        spec.database().ifPresent(db -> {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(db));
            env.put("QUARKUS_DATASOURCE_USERNAME", dbUser());
            env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword());
        });
        if (spec.equals(ServiceSpec.SCORING_SERVICE) || spec.equals(ServiceSpec.CERTIFICATION_SERVICE)) {
            env.put("QUARKUS_REST_CLIENT_PROJECT_SERVICE_URL", url(PROJECT_SERVICE));
        }
        if (spec.equals(ServiceSpec.CERTIFICATION_SERVICE)) {
            env.put("QUARKUS_REST_CLIENT_SCORING_SERVICE_URL", url(SCORING_SERVICE));
            // Verification links in certificates and their QR codes point at the public gateway.
            env.put("NYTTIGGJORT_PUBLIC_BASE_URL", url(GATEWAY));
        }
        if (spec.equals(ServiceSpec.GATEWAY)) {
            // Every instance of a service, comma-separated: the gateway balances over them.
            env.put("GATEWAY_ROUTES_PROJECTS_UPSTREAM", instanceUrls(PROJECT_SERVICE));
            env.put("GATEWAY_ROUTES_SCORING_UPSTREAM", instanceUrls(SCORING_SERVICE));
            env.put("GATEWAY_ROUTES_CERTIFICATION_UPSTREAM", instanceUrls(CERTIFICATION_SERVICE));
            // Browsers may call the API from the portal's origin (the realm's default portal redirect);
            // the gateway's own default is no cross-origin caller at all.
            env.put("QUARKUS_HTTP_CORS_ORIGINS", System.getenv().getOrDefault("QUARKUS_HTTP_CORS_ORIGINS", DEMO_PORTAL_ORIGIN));
        }
        env.putAll(config.extraEnv(spec.name()));
        return env;
    }

    private String instanceUrls(String service) {
        return String.join(",", instances(service).stream().map(this::url).toList());
    }

    /**
     * The component names of a service's instances: {@code [project-service]}, or
     * {@code [project-service, project-service-2]} with two.
     */
    public List<String> instances(String service) {
        return config.instanceNames(service);
    }

    /** Every component in start order, further instances included, whether this stack runs it or it is external. */
    public List<String> componentNames() {
        List<String> names = new ArrayList<>(List.of(POSTGRES, KEYCLOAK));
        for (ServiceSpec spec : ServiceSpec.ALL) {
            names.addAll(instances(spec.name()));
        }
        return names;
    }

    public StackConfig config() {
        return config;
    }

    /**
     * Starts everything and blocks until all of it is ready and the demo data is in. On failure it
     * stops what it started and throws a {@link StackException} whose message names the component,
     * the reason and the end of its log.
     */
    public void start() {
        lifecycle.lock();
        try {
            if (started || closed) {
                throw new IllegalStateException("A Stack starts once; make a new one");
            }
            started = true;
            preflight();
            if (config.stopOnJvmExit()) {
                shutdownHook = new Thread(this::close, "nyttiggjort-stop");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
            progress.accept("Nyttiggjort: starting on " + StackConfig.HOST + " (data in " + config.dataDir() + ")");
            try {
                startDatabase();
                startKeycloak();
                startTogether(ServiceSpec.BACKENDS.stream().map(ServiceSpec::name).toList());
                // Further instances once the first has migrated its database, beside the gateway (which
                // keeps an instance that is not ready yet out of rotation until it is).
                List<String> later = new ArrayList<>();
                for (ServiceSpec spec : ServiceSpec.BACKENDS) {
                    later.addAll(instances(spec.name()).subList(1, instances(spec.name()).size()));
                }
                if (later.isEmpty()) {
                    startOne(components.get(GATEWAY));
                } else {
                    later.add(GATEWAY);
                    startTogether(later);
                }
                if (config.demoData()) {
                    loadDemoData();
                }
            } catch (RuntimeException e) {
                stopAll(e);
                throw e;
            }
        } finally {
            lifecycle.unlock();
        }
    }

    /** Everything that can be checked before a single process starts, so that a failure leaves nothing behind. */
    private void preflight() {
        List<String> problems = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Path jar = ServiceProcess.jar(config.repoRoot(), spec);
            if (!Files.isRegularFile(jar)) {
                problems.add(jar + " is missing: build " + spec.module() + " with `./mvnw -B -q -DskipTests -pl "
                        + spec.module() + " -am package` (or `./nyttiggjort start` without --no-build)");
            }
        }
        if (components.containsKey(KEYCLOAK)) {
            if (!Files.isRegularFile(KeycloakProcess.script(config.keycloakHome()))) {
                problems.add("Keycloak is not unpacked at " + config.keycloakHome()
                        + ": build the launcher with `./mvnw -B -q -DskipTests -pl launcher package`");
            }
            if (!Files.isRegularFile(config.realmFile())) {
                problems.add("the realm file " + config.realmFile() + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new StackException("Cannot start, nothing was started:\n  - " + String.join("\n  - ", problems));
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : components.keySet()) {
            ports.put(name, config.port(name));
        }
        PortCheck.requireFree(ports);
    }

    private void startDatabase() {
        Component database = components.get(POSTGRES);
        if (database != null) {
            startOne(database);
        } else {
            StackConfig.ExternalDatabase db = config.externalDatabase().orElseThrow();
            line(POSTGRES, "external, " + db.host() + ":" + db.port() + " as " + db.user());
        }
        List<String> names = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            spec.database().ifPresent(names::add);
        }
        if (components.containsKey(KEYCLOAK)) {
            names.add("keycloak");
        }
        List<String> created = Databases.createMissing(dbHost(), dbPort(), dbUser(), dbPassword(), names);
        if (!created.isEmpty()) {
            line(POSTGRES, "created database" + (created.size() == 1 ? " " : "s ") + String.join(", ", created));
        }
    }

    private void startKeycloak() {
        Component keycloak = components.get(KEYCLOAK);
        if (keycloak != null) {
            startOne(keycloak);
            return;
        }
        String url = config.externalKeycloakUrl().orElseThrow();
        line(KEYCLOAK, "external, " + url + ": checking realm " + StackConfig.REALM + "…");
        try {
            Readiness.await(KEYCLOAK, KeycloakProcess.readinessUrl(url), config.keycloakTimeout(), null, () -> closing);
        } catch (Readiness.NotReady e) {
            throw new StackException("The external Keycloak at " + url + " does not serve the realm "
                    + StackConfig.REALM + ": " + e.getMessage(), e);
        }
        line(KEYCLOAK, "ready");
    }

    private void startOne(Component component) {
        line(component.name(), "starting…");
        long t0 = System.nanoTime();
        try {
            component.start(() -> closing);
        } catch (Readiness.Aborted e) {
            throw e;
        } catch (StackException e) {
            line(component.name(), "FAILED: " + firstLine(e.getMessage()));
            throw new StackException(component.name() + " did not start: " + e.getMessage() + "\n"
                    + LogTail.describe(component.logFile(), LOG_LINES_ON_FAILURE), e);
        }
        ready.add(component.name());
        line(component.name(), "ready in " + seconds(System.nanoTime() - t0));
    }

    /** Independent components start side by side; the first failure calls off the others' waits. */
    private void startTogether(List<String> names) {
        ExecutorService pool = Executors.newFixedThreadPool(names.size(), r -> {
            Thread t = new Thread(r, "nyttiggjort-start");
            t.setDaemon(true);
            return t;
        });
        List<String> failures = new ArrayList<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String name : names) {
                Component component = components.get(name);
                line(name, "starting…");
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    try {
                        component.start(() -> closing || hasAny(failures));
                    } catch (Readiness.Aborted e) {
                        throw e;
                    } catch (StackException e) {
                        line(name, "FAILED: " + firstLine(e.getMessage()));
                        synchronized (failures) {
                            failures.add(name + " did not start: " + e.getMessage() + "\n"
                                    + LogTail.describe(component.logFile(), LOG_LINES_ON_FAILURE));
                        }
                        throw e;
                    }
                    ready.add(name);
                    line(name, "ready in " + seconds(System.nanoTime() - t0));
                    return null;
                }));
            }
            RuntimeException other = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (other == null) {
                        other = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closing = true;
                    throw new Readiness.Aborted(String.join(", ", names));
                }
            }
            synchronized (failures) {
                if (!failures.isEmpty()) {
                    // The others were called off because of these; their "aborted" is no news.
                    throw new StackException(String.join("\n\n", failures), other);
                }
            }
            if (other != null) {
                throw other;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean hasAny(List<String> failures) {
        synchronized (failures) {
            return !failures.isEmpty();
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * Creates Jevnaker's programme projects that are not there yet (also run by {@link #start()}
     * unless the config says otherwise).
     */
    public DemoData.Result loadDemoData() {
        line("demo data", "loading…");
        DemoData demo = DemoData.fromResource();
        DemoData.Result result = demo.load(URI.create(tokenUrl()), url(GATEWAY));
        demoDataResult = Optional.of(result);
        line("demo data", result.created() + " projects created, " + result.alreadyPresent() + " already present");
        int advanced = DemoProjectWork.fromResource(URI.create(tokenUrl()), url(GATEWAY)).load();
        line("demo data", advanced + " projects brought to their step through the gates (needs, tests, benefits, anchoring)");
        DemoScores.Result scores = DemoScores.fromResource(URI.create(tokenUrl()), url(GATEWAY)).load(demo);
        line("demo data", scores.assessed() + " projects assessed, " + scores.alreadyAssessed() + " already assessed"
                + (scores.roundClosedNow() ? ", the Bergerbakken panel round closed" : ""));
        DemoCertification.Result certification =
                DemoCertification.fromResource(URI.create(tokenUrl()), url(GATEWAY)).load(demo);
        line("demo data", (certification.programmeCreated() ? "innovation-agent programme run, " : "")
                + certification.certificatesIssued() + " certificates issued, "
                + certification.alreadyCertified() + " already certified");
        return result;
    }

    public Optional<DemoData.Result> demoDataResult() {
        return demoDataResult;
    }

    /**
     * Kills one service instance abruptly (SIGKILL, no shutdown: as a crash or a lost machine would),
     * e.g. to see that the gateway takes it out of rotation; {@link #startComponent} brings it back.
     */
    public void killComponent(String name) {
        Component component = managed(name);
        if (!(component instanceof ServiceProcess service)) {
            throw new IllegalArgumentException("Only service instances can be killed, not " + name);
        }
        lifecycle.lock();
        try {
            ready.remove(name);
            if (service.isRunning()) {
                service.kill();
                line(name, "killed (SIGKILL)");
            }
        } finally {
            lifecycle.unlock();
        }
    }

    /** Stops one component (e.g. to see how the others cope); the rest keep running. */
    public void stopComponent(String name) {
        Component component = managed(name);
        lifecycle.lock();
        try {
            stopOne(component);
        } finally {
            lifecycle.unlock();
        }
    }

    /** Starts one stopped component again, with the same ports and data, and waits until it is ready. */
    public void startComponent(String name) {
        Component component = managed(name);
        lifecycle.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The stack is closed");
            }
            if (component.isRunning()) {
                throw new IllegalStateException(name + " is already running");
            }
            PortCheck.requireFree(Map.of(name, config.port(name)));
            startOne(component);
        } finally {
            lifecycle.unlock();
        }
    }

    public boolean isRunning(String name) {
        return managed(name).isRunning();
    }

    private Component managed(String name) {
        Component component = components.get(name);
        if (component == null) {
            if (COMPONENTS.contains(name)) {
                throw new IllegalArgumentException(name + " is external: this stack does not run it");
            }
            throw new IllegalArgumentException("Unknown component " + name + "; known: " + componentNames());
        }
        return component;
    }

    /**
     * The base URL of a component: {@code http://127.0.0.1:<port>} for Keycloak (or the external
     * one) and the services, {@code jdbc:postgresql://<host>:<port>} for PostgreSQL.
     */
    public String url(String name) {
        switch (name) {
            case POSTGRES:
                return "jdbc:postgresql://" + dbHost() + ":" + dbPort();
            case KEYCLOAK:
                return config.externalKeycloakUrl().orElse("http://" + StackConfig.HOST + ":" + config.port(KEYCLOAK));
            default:
                if (!componentNames().contains(name)) {
                    throw new IllegalArgumentException("Unknown component " + name + "; known: " + componentNames());
                }
                return "http://" + StackConfig.HOST + ":" + config.port(name);
        }
    }

    public String jdbcUrl(String database) {
        return url(POSTGRES) + "/" + database;
    }

    /** What the services use as {@code quarkus.oidc.auth-server-url}, and the tokens' {@code iss}. */
    public String issuerUrl() {
        return url(KEYCLOAK) + "/realms/" + StackConfig.REALM;
    }

    public String tokenUrl() {
        return issuerUrl() + "/protocol/openid-connect/token";
    }

    public String dbUser() {
        return config.externalDatabase().map(StackConfig.ExternalDatabase::user).orElse(StackConfig.EMBEDDED_DB_USER);
    }

    public String dbPassword() {
        return config.externalDatabase().map(StackConfig.ExternalDatabase::password)
                .orElse(StackConfig.EMBEDDED_DB_PASSWORD);
    }

    private String dbHost() {
        return config.externalDatabase().map(StackConfig.ExternalDatabase::host).orElse(StackConfig.HOST);
    }

    private int dbPort() {
        return config.externalDatabase().map(StackConfig.ExternalDatabase::port).orElse(config.port(POSTGRES));
    }

    public Path logFile(String name) {
        return managed(name).logFile();
    }

    /** What to tell a person once everything is up: URLs, logins, a curl to try. */
    public String summary() {
        return Summary.text(this);
    }

    /**
     * Stops everything this stack started, gateway first and PostgreSQL last. Idempotent, and safe
     * from a shutdown hook while {@link #start()} is still running in another thread.
     */
    @Override
    public void close() {
        closing = true;
        lifecycle.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            stopAll(null);
        } finally {
            lifecycle.unlock();
            removeShutdownHook();
        }
    }

    /** In reverse start order; one component that will not stop does not keep the others running. */
    private void stopAll(RuntimeException alreadyFailing) {
        List<Component> reverse = new ArrayList<>(components.values());
        Collections.reverse(reverse);
        RuntimeException failure = null;
        for (Component component : reverse) {
            try {
                stopOne(component);
            } catch (RuntimeException e) {
                if (alreadyFailing != null) {
                    alreadyFailing.addSuppressed(e);
                } else if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void stopOne(Component component) {
        ready.remove(component.name());
        if (!component.isRunning()) {
            return;
        }
        long t0 = System.nanoTime();
        boolean polite = component.stop(config.stopGracePeriod());
        line(component.name(), (polite ? "stopped in " : "killed after ") + seconds(System.nanoTime() - t0));
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs close() anyway and finds the stack closed.
            progress.accept("(JVM shutting down; the stack is already stopped)");
        }
    }

    private void line(String name, String text) {
        progress.accept(String.format(Locale.ROOT, "  %-23s %s", name, text));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
