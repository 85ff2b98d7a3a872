package no.nyttiggjort.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A child process whose output goes to a log file and which is stopped together with everything
 * it started: kc.sh, for one, runs Keycloak's JVM as its own child.
 */
final class ManagedProcess {

    private final String name;
    private final Path logFile;
    private final Consumer<String> onUnexpectedExit;
    private Process process;
    private volatile boolean stopRequested;

    /**
     * @param onUnexpectedExit told (with a ready-made message) when the process ends without
     *     having been asked to, so that a crash after startup does not go unnoticed
     */
    ManagedProcess(String name, Path logFile, Consumer<String> onUnexpectedExit) {
        this.name = name;
        this.logFile = logFile;
        this.onUnexpectedExit = onUnexpectedExit;
    }

    synchronized void start(List<String> command, Map<String, String> env, Path workingDir) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(workingDir);
            // One log per component across restarts, so that an earlier crash is still there to read.
            Files.writeString(logFile,
                    "==== " + name + " starting at " + OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                            + ": " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            stopRequested = false;
            Process started = builder.start();
            // Nothing is ever typed to a service; an open pipe that never delivers would only confuse one that reads.
            started.getOutputStream().close();
            process = started;
            started.onExit().thenAccept(this::exited);
        } catch (IOException e) {
            throw new StackException(name + " could not be started (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    private void exited(Process exited) {
        if (!stopRequested) {
            onUnexpectedExit.accept(name + " exited unexpectedly with code " + exited.exitValue() + "\n"
                    + LogTail.describe(logFile, 20));
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The exit code, or empty while it runs or before it started. */
    synchronized OptionalInt exitCode() {
        if (process == null || process.isAlive()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(process.exitValue());
    }

    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    /**
     * SIGTERM first, so that Quarkus and Keycloak shut down cleanly; whatever of the process tree is
     * still there after the grace period gets SIGKILL.
     *
     * @return true if it stopped politely, false if it had to be killed
     */
    synchronized boolean stop(Duration grace) {
        if (process == null) {
            return true;
        }
        stopRequested = true;
        Process root = process;
        // Taken before the signal: once the root is gone its children are re-parented and no longer its descendants.
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root.toHandle());
        root.descendants().forEach(tree::add);
        root.destroy();
        boolean polite = awaitExit(tree, grace);
        if (!polite) {
            root.descendants().forEach(tree::add);
            tree.forEach(ProcessHandle::destroyForcibly);
            if (!awaitExit(tree, Duration.ofSeconds(5))) {
                throw new StackException(name + " did not die even after SIGKILL; still running: "
                        + tree.stream().filter(ProcessHandle::isAlive).map(h -> String.valueOf(h.pid())).toList());
            }
        }
        process = null;
        return polite;
    }

    /** SIGKILL to the process and everything it started, as a crash would end it; waits until they are gone. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        stopRequested = true;
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(tree, Duration.ofSeconds(5))) {
            throw new StackException(name + " did not die after SIGKILL; still running: "
                    + tree.stream().filter(ProcessHandle::isAlive).map(h -> String.valueOf(h.pid())).toList());
        }
        process = null;
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("Waiting for pid " + handle.pid() + " failed", e.getCause());
            }
        }
        return true;
    }
}
