package no.nyttiggjort.scoring.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

public class ClockProducer {

    /** Times are kept in UTC; a bean so tests can reason about "now" if they need to. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
