package no.nyttiggjort.gateway.network.client;

/** The services whose per-municipality aggregates make up the network overview, and where each serves them. */
public enum AggregateSource {

    PROJECTS("projects", "/api/v1/projects/aggregates/municipalities"),
    SCORES("scores", "/api/v1/scoring/aggregates/municipalities"),
    CERTIFICATION("certification", "/api/v1/certification/aggregates/municipalities");

    private final String part;
    private final String path;

    AggregateSource(String part, String path) {
        this.part = part;
        this.path = path;
    }

    /** The name of this source's part in the overview ("projects", "scores", "certification"). */
    public String part() {
        return part;
    }

    public String path() {
        return path;
    }
}
