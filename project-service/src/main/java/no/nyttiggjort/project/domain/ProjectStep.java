package no.nyttiggjort.project.domain;

/**
 * The KS innovation guide's four steps, and the two ways a project ends. A project moves forward one
 * step at a time through a gate, may go back one step (the BLT loop repeats), and may stop from any step.
 */
public enum ProjectStep {
    /** Legg grunnmuren: lay the foundation. */
    FOUNDATION,
    /** Identifiser behov: identify the needs. */
    NEEDS,
    /** Utforsk muligheter: explore options through BLT tests. */
    EXPLORE,
    /** Realiser: put the solution into normal operation and follow up. */
    REALISE,
    /** Nyttiggjort: in normal operation with a measured effect. Final. */
    IN_USE,
    /** Stopped, with what was learnt. Final. */
    STOPPED;

    public boolean isFinal() {
        return this == IN_USE || this == STOPPED;
    }

    /** The next working step, or IN_USE after REALISE; null for final steps. */
    public ProjectStep next() {
        return switch (this) {
            case FOUNDATION -> NEEDS;
            case NEEDS -> EXPLORE;
            case EXPLORE -> REALISE;
            case REALISE -> IN_USE;
            default -> null;
        };
    }

    /** The step before, or null for FOUNDATION and the final steps. */
    public ProjectStep previous() {
        return switch (this) {
            case NEEDS -> FOUNDATION;
            case EXPLORE -> NEEDS;
            case REALISE -> EXPLORE;
            default -> null;
        };
    }
}
