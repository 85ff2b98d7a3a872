package no.nyttiggjort.project.domain;

/** How small a BLT test may be: a question, a conversation, a drawing, a model or a practical test with a user. */
public enum TestType {
    QUESTION, CONVERSATION, DRAWING, MODEL, PRACTICAL
}
