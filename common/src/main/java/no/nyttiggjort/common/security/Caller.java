package no.nyttiggjort.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.regex.Pattern;
import no.nyttiggjort.common.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the validated access token says. The municipality always comes from here,
 * never from a request body, so a caller cannot act for another municipality.
 */
@RequestScoped
public class Caller {

    public static final String MUNICIPALITY_CLAIM = "municipality";
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{4}");

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public Caller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String subject() {
        return token.getSubject();
    }

    /** A readable name for timelines: the user's full name, else the login name, else the subject. */
    public String displayName() {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        return name == null || name.isBlank() ? subject() : name;
    }

    public String municipality() {
        Object claim = token.getClaim(MUNICIPALITY_CLAIM);
        String value = claim == null ? null : claim.toString().replace("\"", "");
        if (value == null || !MUNICIPALITY_NUMBER.matcher(value).matches()) {
            throw ProblemException.forbidden("The token names no municipality; ask your administrator to set one");
        }
        return value;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
