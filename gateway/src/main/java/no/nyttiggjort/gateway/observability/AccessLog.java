package no.nyttiggjort.gateway.observability;

import org.jboss.logging.Logger;

/**
 * One line per /api request, in key=value form so that log tools can split it:
 * {@code requestId=… caller=… route=… method=GET path=/api/v1/… status=200 latencyMs=3.412}.
 * The caller is the token's subject or {@code anonymous@<client address>}; the path has no query,
 * which may hold search text. Switched off with
 * {@code quarkus.log.category."no.nyttiggjort.gateway.access".level=OFF}.
 */
public final class AccessLog {

    public static final String CATEGORY = "no.nyttiggjort.gateway.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private AccessLog() {
    }

    public static boolean enabled() {
        return LOG.isInfoEnabled();
    }

    /** @param status the answer's status, or a negative number when the connection closed first */
    public static void write(Entry entry) {
        String status = entry.status() < 0 ? "aborted" : Integer.toString(entry.status());
        long micros = entry.nanos() / 1_000;
        LOG.infof("requestId=%s caller=%s route=%s method=%s path=%s status=%s latencyMs=%d.%03d",
                entry.requestId(), entry.caller(), entry.route(), entry.method(), entry.path(), status,
                micros / 1_000, micros % 1_000);
    }

    public record Entry(String requestId, String caller, String route, String method, String path, int status,
            long nanos) {
    }
}
