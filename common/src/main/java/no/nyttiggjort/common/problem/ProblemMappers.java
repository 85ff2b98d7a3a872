package no.nyttiggjort.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nyttiggjort.common.web.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches Quarkus REST into the one problem+json shape. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.toProblem(), e.headers(), request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return respond(ProblemException.validation(errors).toProblem(), Map.of(), request);
    }

    /** Listed by type because Quarkus maps the more specific Jackson exceptions itself otherwise. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class })
    public Response unreadableJson(Throwable t, HttpServerRequest request) {
        JsonProcessingException e = (JsonProcessingException) t;
        FieldError error;
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            error = new FieldError(path(ife), "must be one of: " + allowed);
        } else if (e instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String expected = mie.getTargetType() == null ? "another type" : describe(mie.getTargetType());
            error = new FieldError(path(mie), "must be " + expected);
        } else {
            error = new FieldError("body", "is not well-formed JSON");
        }
        return respond(ProblemException.validation(List.of(error)).toProblem(), Map.of(), request);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(HttpServerRequest request) {
        return respond(Problems.of(401, "A valid bearer token is required"), Map.of("WWW-Authenticate", "Bearer"), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(Problems.of(403, "Your roles do not allow this operation"), Map.of(), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (status == 400) {
            // Quarkus REST wraps a body it cannot parse in a bare 400.
            if (e.getCause() instanceof JsonProcessingException json) {
                return unreadableJson(json, request);
            }
            return respond(ProblemException.invalidField("body", "could not be read").toProblem(), Map.of(), request);
        }
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This path does not support " + request.method();
            case 406 -> "This resource answers application/json";
            case 415 -> "Send the body as application/json";
            default -> Problems.title(status);
        };
        return respond(Problems.of(status, detail), Map.of(), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (isOptimisticLockFailure(e)) {
            return concurrentUpdate(request);
        }
        if (isDatabaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s %s: %s", request.method(), request.path(), e.getMessage());
            return respond(Problems.of(503, "The service's database is not reachable; try again shortly"),
                    Map.of("Retry-After", "5"), request);
        }
        LOG.errorf(e, "Unhandled error on %s %s", request.method(), request.path());
        return respond(Problems.of(500, "The request could not be completed; quote the request id when reporting it"),
                Map.of(), request);
    }

    /**
     * Two writers passed the If-Match check at the same moment and the database caught the second.
     * Matched by name because the gateway, which shares this class, has no JPA on its classpath.
     */
    private static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleStateException")
                    || name.equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A lost database connection is a passing outage (503), not a bug (500). Matched by name for the same reason. */
    private static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private Response concurrentUpdate(HttpServerRequest request) {
        return respond(Problems.of(412, "The resource was changed by someone else; fetch it again and retry"),
                Map.of(), request);
    }

    private static Response respond(Problem problem, Map<String, String> headers, HttpServerRequest request) {
        Problem body = problem.withContext(request.path(), RequestIds.ensure(request));
        Response.ResponseBuilder builder = Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(builder::header);
        return builder.build();
    }

    /** "create.request.title" (method, parameter, property) becomes "title"; a query parameter keeps its name. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
