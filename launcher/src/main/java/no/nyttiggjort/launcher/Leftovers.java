package no.nyttiggjort.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Processes of an earlier run whose launcher was killed (kill -9, a crash): they hold the ports
 * and the database files. Every JVM the stack starts carries {@link #marker(Path)} on its command
 * line, so that they can be told from other stacks' (a system test's, say) without guessing.
 */
final class Leftovers {

    private Leftovers() {
    }

    /**
     * A harmless system property that names the data directory the process belongs to. Not under
     * "nyttiggjort.": a service that maps that prefix would refuse an unknown key at startup.
     */
    static String marker(Path dataDir) {
        return "-Dnyttiggjort-launcher-data=" + dataDir.toAbsolutePath().normalize();
    }

    /** The JVMs (services, gateway, Keycloak) and the postmaster of the stack in this data directory. */
    static List<ProcessHandle> find(StackConfig config) {
        String marker = marker(config.dataDir());
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(marker)).orElse(false))
                .collect(Collectors.toCollection(ArrayList::new));
        if (config.externalDatabase().isEmpty()) {
            postmaster(config).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<ProcessHandle> postmaster(StackConfig config) {
        EmbeddedDatabase database = new EmbeddedDatabase(config.dataDir().resolve("postgres"),
                config.port(Stack.POSTGRES), config.logDir().resolve("postgres.log"), config.postgresTimeout());
        return database.postmaster().filter(ProcessHandle::isAlive);
    }

    static String describe(List<ProcessHandle> processes) {
        return processes.stream()
                .map(p -> p.pid() + " (" + p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?") + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * SIGTERM to the JVMs first and the postmaster last (its smart shutdown waits for their
     * connections to close), SIGKILL for whatever ignores it.
     *
     * @return true if all of them are gone
     */
    static boolean stop(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> postmasters = new ArrayList<>();
        List<ProcessHandle> others = new ArrayList<>();
        for (ProcessHandle p : processes) {
            boolean isPostgres = p.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
            (isPostgres ? postmasters : others).add(p);
        }
        return stopGroup(others, grace) & stopGroup(postmasters, grace);
    }

    private static boolean stopGroup(List<ProcessHandle> group, Duration grace) {
        group.forEach(ProcessHandle::destroy);
        if (awaitAll(group, grace)) {
            return true;
        }
        group.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return awaitAll(group, Duration.ofSeconds(5));
    }

    private static boolean awaitAll(List<ProcessHandle> group, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle p : group) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("Waiting for pid " + p.pid() + " failed", e.getCause());
            }
        }
        return true;
    }
}
