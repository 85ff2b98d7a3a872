package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A developer at a neighbouring municipality opens Swagger UI at the gateway and presses Authorize:
 * the browser steps of the authorization code flow with PKCE that Swagger UI drives, against the real
 * Keycloak, end with a token the gateway accepts. The realm's client for it takes nothing weaker.
 */
@ExtendWith(RunningStack.class)
class ApiDocsSignInIT {

    private static final String CLIENT = "nyttiggjort-api-docs";
    private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

    @Test
    void swaggerUiSignsInWithPkceAndItsTokenReadsTheApi() {
        given().get(gateway() + "/q/swagger-ui/index.html").then().statusCode(200).body(containsString(CLIENT));

        String verifier = randomVerifier();
        String redirect = redirectUri();
        String code = signInForCode(redirect, verifier);

        String token = given().formParam("grant_type", "authorization_code").formParam("client_id", CLIENT)
                .formParam("code", code).formParam("redirect_uri", redirect).formParam("code_verifier", verifier)
                .post(tokenUrl())
                .then().log().ifValidationFails().statusCode(200).extract().path("access_token");

        given().header("Authorization", "Bearer " + token).get(gateway() + "/api/v1/projects?size=1")
                .then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void theCodeIsNotExchangedWithoutTheVerifier() {
        String redirect = redirectUri();
        String code = signInForCode(redirect, randomVerifier());

        given().formParam("grant_type", "authorization_code").formParam("client_id", CLIENT)
                .formParam("code", code).formParam("redirect_uri", redirect)
                .post(tokenUrl())
                .then().log().ifValidationFails().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aSignInWithoutPkceIsRefused() {
        Response refused = authorize(redirectUri(), Map.of());
        // Keycloak sends the browser back to the (registered) redirect URI with the error, never to a login page.
        refused.then().statusCode(302);
        assertThat(refused.header("Location"), containsString("error=invalid_request"));
        assertThat(refused.header("Location"), not(containsString("code=")));
    }

    @Test
    void aSignInThatWouldReturnElsewhereIsRefused() {
        Response refused = authorize("http://attacker.test/q/swagger-ui/oauth2-redirect.html",
                Map.of("code_challenge", challenge(randomVerifier()), "code_challenge_method", "S256"));
        refused.then().statusCode(400).body(containsString("redirect_uri"));
    }

    /** What the browser does between Authorize and the redirect back: Keycloak's login page, then its form. */
    private static String signInForCode(String redirect, String verifier) {
        Response loginPage = authorize(redirect, Map.of("code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        loginPage.then().statusCode(200);
        Response signedIn = given().redirects().follow(false).cookies(loginPage.getCookies())
                .formParam("username", "kari.nordmann").formParam("password", "demo").formParam("credentialId", "")
                .post(loginFormAction(loginPage.asString()));
        signedIn.then().log().ifValidationFails().statusCode(302).header("Location", startsWith(redirect + "?"));
        return queryParameter(signedIn.header("Location"), "code");
    }

    private static Response authorize(String redirect, Map<String, String> pkce) {
        return given().redirects().follow(false)
                .queryParam("client_id", CLIENT).queryParam("response_type", "code").queryParam("scope", "openid")
                .queryParam("redirect_uri", redirect).queryParam("state", "swagger-ui-state")
                .queryParams(pkce)
                .get(RunningStack.stack().issuerUrl() + "/protocol/openid-connect/auth");
    }

    private static String redirectUri() {
        return gateway() + "/q/swagger-ui/oauth2-redirect.html";
    }

    private static String tokenUrl() {
        return RunningStack.stack().issuerUrl() + "/protocol/openid-connect/token";
    }

    private static String loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        assertThat("Keycloak shows its login form", form.find());
        return form.group(1).replace("&amp;", "&");
    }

    private static String queryParameter(String url, String name) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertThat(url + " carries " + name, value.find());
        return value.group(1);
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
