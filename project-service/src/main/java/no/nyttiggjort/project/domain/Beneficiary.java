package no.nyttiggjort.project.domain;

/** Who gains from a benefit (gevinst). */
public enum Beneficiary {
    USERS, EMPLOYEES, MUNICIPALITY
}
