package no.nyttiggjort.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * PostgreSQL 17 from the zonky binaries on Maven Central, so that a JDK is all a developer needs.
 * The cluster lives in a directory of our choosing and is kept between runs.
 */
final class EmbeddedDatabase implements Component {

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private final Duration startupTimeout;
    private EmbeddedPostgres postgres;

    EmbeddedDatabase(Path dataDir, int port, Path logFile, Duration startupTimeout) {
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
        this.startupTimeout = startupTimeout;
    }

    @Override
    public String name() {
        return Stack.POSTGRES;
    }

    @Override
    public synchronized void start(BooleanSupplier aborted) {
        if (postgres != null) {
            throw new IllegalStateException(name() + " is already running");
        }
        if (aborted.getAsBoolean()) {
            throw new Readiness.Aborted(name());
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            Files.writeString(logFile, "==== postgres starting at " + OffsetDateTime.now() + " on port " + port
                            + (existing ? " with the existing cluster in " : ", creating a cluster in ") + dataDir
                            + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    // zonky runs initdb only when postgresql.conf is missing and, with this, deletes nothing on close.
                    .setCleanDataDirectory(false)
                    // The stack stops PostgreSQL last; zonky's own JVM-exit hook would stop it while services still use it.
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(startupTimeout)
                    .setServerConfig("listen_addresses", StackConfig.HOST)
                    // Unicode upper/lower (ILIKE on æ, ø, å) without depending on the host's installed locales.
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .start();
        } catch (IOException | RuntimeException e) {
            postgres = null;
            throw new Readiness.NotReady(describe(e));
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause.getMessage());
        }
        return text.toString();
    }

    @Override
    public synchronized boolean stop(Duration grace) {
        if (postgres == null) {
            return true;
        }
        Optional<ProcessHandle> postmaster = postmaster();
        try {
            // pg_ctl stop -m fast: open sessions are ended, the cluster is checkpointed and consistent.
            postgres.close();
        } catch (IOException e) {
            throw new StackException("PostgreSQL (" + dataDir + ") did not stop: " + e.getMessage(), e);
        } finally {
            postgres = null;
        }
        // zonky logs a failed pg_ctl stop instead of throwing, so check the postmaster itself.
        if (postmaster.isEmpty() || awaitExit(postmaster.get(), grace)) {
            return true;
        }
        postmaster.get().destroy();
        if (awaitExit(postmaster.get(), grace)) {
            return false;
        }
        postmaster.get().destroyForcibly();
        if (!awaitExit(postmaster.get(), Duration.ofSeconds(5))) {
            throw new StackException("PostgreSQL postmaster (pid " + postmaster.get().pid() + ") did not die");
        }
        return false;
    }

    /**
     * pg_ctl starts the postmaster in its own session, so it is not our descendant; its pid file is
     * the way to find it.
     */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            throw new StackException("Cannot read " + pidFile + ": " + e.getMessage(), e);
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for pid " + handle.pid() + " failed", e.getCause());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return postgres != null;
    }

    @Override
    public Path logFile() {
        return logFile;
    }
}
