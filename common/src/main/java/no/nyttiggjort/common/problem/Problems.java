package no.nyttiggjort.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/** Standard problems for HTTP statuses, and writing a problem straight to a Vert.x response. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static Problem of(int status, String detail) {
        return new Problem(Problem.TYPE_BASE + slug(status), title(status), status, detail, null, null, null);
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable request";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }

    public static String slug(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 428 -> "precondition-required";
            case 429 -> "rate-limited";
            case 502 -> "bad-gateway";
            case 503 -> "service-unavailable";
            case 504 -> "gateway-timeout";
            default -> status >= 500 ? "internal" : "request-failed";
        };
    }

    public static String toJson(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A record of strings always serialises; this keeps the contract if that ever changes.
            return "{\"title\":\"Internal error\",\"status\":500}";
        }
    }

    /** Ends a Vert.x response with a problem body, for answers given outside Quarkus REST. */
    public static void write(HttpServerResponse response, Problem problem, Map<String, String> headers) {
        if (response.ended()) {
            return;
        }
        if (!response.headWritten()) {
            response.setStatusCode(problem.status());
            response.headers().set("Content-Type", Problem.MEDIA_TYPE);
            headers.forEach(response.headers()::set);
        }
        response.end(toJson(problem));
    }
}
