package no.nyttiggjort.project.domain;

/** Citizen involvement */
public enum WorkshopKind {
     a workshop (verksted) or an idea session (idédugnad).:WORKSHOP, IDEA_SESSION
}
