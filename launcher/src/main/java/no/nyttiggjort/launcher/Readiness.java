package no.nyttiggjort.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/** Waits until a component answers 200 on its readiness URL, watching that its process stays alive. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    static final HttpClient HTTP = HttpClient.newBuilder()
            // Plain HTTP/1.1: no h2c upgrade dance with servers that are still starting.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** The component did not become ready; the message says why, without the log (the caller adds it). */
    static final class NotReady extends StackException {
        private static final long serialVersionUID = 1L;

        NotReady(String reason) {
            super(reason);
        }
    }

    /** Startup was called off because another component failed or the stack is being closed. */
    static final class Aborted extends StackException {
        private static final long serialVersionUID = 1L;

        Aborted(String name) {
            super(name + ": startup called off");
        }
    }

    private Readiness() {
    }

    /**
     * @param process the component's process, or null for one we did not start (external Keycloak)
     */
    static void await(String name, URI url, Duration timeout, ManagedProcess process, BooleanSupplier aborted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (true) {
            if (aborted.getAsBoolean()) {
                throw new Aborted(name);
            }
            if (process != null && !process.isAlive()) {
                OptionalInt code = process.exitCode();
                throw new NotReady("exited with code " + (code.isPresent() ? code.getAsInt() : "unknown")
                        + " before it was ready");
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Aborted(name);
            }
            if (System.nanoTime() > deadline) {
                throw new NotReady("not ready after " + timeout.toSeconds() + " s (GET " + url + ": " + lastAnswer + ")");
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Aborted(name);
            }
        }
    }

    /** One quick look, for {@code status}: is it answering 200 right now? */
    static boolean isReady(URI url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            // Refused or timed out: that is the answer "not ready", which is all status shows.
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
