package no.nyttiggjort.project.domain;

/** Where an insight about a need comes from. */
public enum InsightSource {
    INTERVIEW, OBSERVATION, SURVEY, WORKSHOP, DATA
}
