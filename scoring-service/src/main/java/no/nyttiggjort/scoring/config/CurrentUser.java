package no.nyttiggjort.scoring.config;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The parts of the token that common's Caller does not give: the login name (rounds name their
 * assessors by it, since that is what a round's organiser knows) and the raw token, forwarded to
 * project-service when a call acts for the user.
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    public CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    /** The login name, or the subject for a token without one, so nobody can match an empty name. */
    public String username() {
        String name = token.getClaim("preferred_username");
        return name == null || name.isBlank() ? token.getSubject() : name;
    }

    public String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
