package no.nyttiggjort.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One instance of a packaged Quarkus service ({@code quarkus-run.jar}), configured entirely through its
 * environment; a service run twice is two of these, with their own names and ports.
 */
final class ServiceProcess implements Component {

    /**
     * A small heap and the serial collector: on a laptop-sized machine five JVMs share two cores, and
     * the default heap (a quarter of the machine's memory) lets each grow to several hundred MB.
     * NYTTIGGJORT_SERVICE_JVM_OPTS replaces these.
     */
    static final String DEFAULT_JVM_OPTIONS = "-Xmx160m -XX:+UseSerialGC";

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private final Path workingDir;
    private final Duration timeout;
    private final String jvmMarker;
    private final ManagedProcess process;

    ServiceProcess(String name, Path jar, int port, Map<String, String> env, Path workingDir, Duration timeout,
            String jvmMarker, Path logFile, Consumer<String> onUnexpectedExit) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = env;
        this.workingDir = workingDir;
        this.timeout = timeout;
        this.jvmMarker = jvmMarker;
        this.process = new ManagedProcess(name, logFile, onUnexpectedExit);
    }

    private static List<String> jvmOptions() {
        String configured = System.getenv("NYTTIGGJORT_SERVICE_JVM_OPTS");
        String options = configured == null || configured.isBlank() ? DEFAULT_JVM_OPTIONS : configured.strip();
        return Arrays.asList(options.split("\\s+"));
    }

    static Path jar(Path repoRoot, ServiceSpec spec) {
        return repoRoot.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String baseUrl() {
        return "http://" + StackConfig.HOST + ":" + port;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start(BooleanSupplier aborted) {
        if (aborted.getAsBoolean()) {
            throw new Readiness.Aborted(name());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, jvmMarker));
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        process.start(command, env, workingDir);
        Readiness.await(name(), URI.create(baseUrl() + "/q/health/ready"), timeout, process, aborted);
    }

    @Override
    public boolean stop(Duration grace) {
        return process.stop(grace);
    }

    /** SIGKILL, without a chance to shut down. */
    void kill() {
        process.kill();
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public Path logFile() {
        return process.logFile();
    }
}
