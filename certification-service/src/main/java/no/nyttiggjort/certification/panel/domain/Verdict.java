package no.nyttiggjort.certification.panel.domain;

public enum Verdict {
    PASS,
    FAIL
}
