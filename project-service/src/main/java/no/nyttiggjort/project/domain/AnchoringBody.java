package no.nyttiggjort.project.domain;

/** Who backs the project (forankring). */
public enum AnchoringBody {
    LEADERSHIP, POLITICAL, UNION, USERS
}
