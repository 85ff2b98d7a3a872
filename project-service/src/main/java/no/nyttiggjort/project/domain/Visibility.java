package no.nyttiggjort.project.domain;

/** Who may read a project. Only the project's own municipality ever changes it. */
public enum Visibility {
    /** Only the project's municipality sees it; to everyone else it does not exist (404). */
    MUNICIPALITY,
    /** Every municipality's employees may read it and its parts, and adopt it. */
    SHARED
}
