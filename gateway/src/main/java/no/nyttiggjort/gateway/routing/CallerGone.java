package no.nyttiggjort.gateway.routing;

/** The caller closed its connection while an instance was still working on its request. */
final class CallerGone extends RuntimeException {

    CallerGone() {
        super("The caller closed the connection", null, false, false);
    }
}
