package no.nyttiggjort.launcher;

/**
 * Something the person starting the stack has to act on (a taken port, a missing build, a process
 * that did not come up). The message is written for them and is complete on its own.
 */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
