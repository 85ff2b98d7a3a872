package no.nyttiggjort.certification.config;

import jakarta.enterprise.context.ApplicationScoped;

/** The names under which municipalities issue credentials. */
@ApplicationScoped
public class Municipalities {

    private final CertificationConfig config;

    public Municipalities(CertificationConfig config) {
        this.config = config;
    }

    public String name(String municipality) {
        String name = config.municipalityNames().get(municipality);
        return name == null || name.isBlank() ? "Kommune " + municipality : name;
    }
}
