package no.nyttiggjort.project.domain;

/** The kinds of event in the change feed. */
public enum ChangeType {
    CREATED,
    /** The project or one of its parts changed (the event's action says what), archiving included. */
    UPDATED,
    STEP_CHANGED,
    SHARED,
    /** A shared project was made private again; integrators should drop what they keep of it. */
    UNSHARED,
    /** Another municipality adopted this (shared) project. */
    ADOPTED
}
