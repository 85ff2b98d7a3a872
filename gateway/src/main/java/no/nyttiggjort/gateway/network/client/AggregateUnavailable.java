package no.nyttiggjort.gateway.network.client;

/** A service gave no usable aggregates: down, too slow, refusing the call or answering something unreadable. */
public class AggregateUnavailable extends RuntimeException {

    public AggregateUnavailable(String message) {
        super(message, null, false, false);
    }
}
