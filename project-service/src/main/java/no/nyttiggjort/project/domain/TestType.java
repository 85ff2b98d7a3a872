package no.nyttiggjort.project.domain;

/** How small a BLT test may be */
public enum TestType {
     a question, a conversation, a drawing, a model or a practical test with a user.:QUESTION, CONVERSATION, DRAWING, MODEL, PRACTICAL
}
