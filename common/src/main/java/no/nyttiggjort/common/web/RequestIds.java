package no.nyttiggjort.common.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The X-Request-Id a request carries. A well-formed incoming id is kept so one id follows a call
 * through the gateway and every service; anything else is replaced, so a client cannot inject
 * arbitrary text into our logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** Returns the request's id, generating one and setting it on the request when absent or malformed. */
    public static String ensure(HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        if (id == null || !WELL_FORMED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.headers().set(HEADER, id);
        }
        return id;
    }
}
