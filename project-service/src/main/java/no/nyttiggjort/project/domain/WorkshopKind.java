package no.nyttiggjort.project.domain;

/** Citizen involvement: a workshop (verksted) or an idea session (idédugnad). */
public enum WorkshopKind {
    WORKSHOP, IDEA_SESSION
}
