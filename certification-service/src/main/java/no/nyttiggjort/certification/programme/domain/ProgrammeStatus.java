package no.nyttiggjort.certification.programme.domain;

public enum ProgrammeStatus {
    /** Participants are enrolled, modules completed and exams held. */
    ACTIVE,
    /** Finished: kept for the record; no new enrolments or panels. Certificates can still be issued. */
    CLOSED
}
