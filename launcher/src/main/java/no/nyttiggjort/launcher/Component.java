package no.nyttiggjort.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A process the stack starts and stops: the embedded PostgreSQL, Keycloak, a service. */
interface Component {

    String name();

    /**
     * Starts it and blocks until it is ready.
     *
     * @param aborted polled while waiting; true makes the wait end with {@link Readiness.Aborted}
     * @throws Readiness.NotReady if it exits or does not become ready in time
     */
    void start(BooleanSupplier aborted);

    /**
     * Stops it and everything it started; a no-op when it is not running.
     *
     * @return true if it stopped within the grace period, false if it had to be killed
     */
    boolean stop(Duration grace);

    boolean isRunning();

    Path logFile();
}
