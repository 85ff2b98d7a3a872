package no.nyttiggjort.certification.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

public class ClockProducer {

    /** Times are kept in UTC; a bean so tests can move "now" past a certificate's expiry. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
