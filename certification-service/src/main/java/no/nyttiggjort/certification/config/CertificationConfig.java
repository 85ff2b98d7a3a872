package no.nyttiggjort.certification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.Map;

@ConfigMapping(prefix = "nyttiggjort")
public interface CertificationConfig {

    /** Where the public reaches the API (the gateway); credential, status-list and verification URLs start here. */
    @WithDefault("http://127.0.0.1:8080")
    String publicBaseUrl();

    Certificates certificates();

    Signing signing();

    Network network();

    /** Municipality number to the name shown as issuer, e.g. "3053" = "Jevnaker kommune". */
    Map<String, String> municipalityNames();

    interface Certificates {
        /** How long a certificate is valid from the day it is issued or renewed. */
        @WithDefault("P3Y")
        Period validity();
    }

    interface Signing {
        /** A signing key older than this is retired (and kept published) before the next signature. */
        @WithDefault("P365D")
        Duration maxKeyAge();
    }

    interface Network {
        /** Counts below this (but above zero) are suppressed in network aggregates. */
        @WithDefault("5")
        int minGroupSize();
    }
}
