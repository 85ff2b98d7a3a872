package no.nyttiggjort.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test's side of {@link TestJwksOidcResource}: which keys the issuer publishes. It finds the
 * issuer through the service's own {@code quarkus.oidc.auth-server-url}.
 */
public final class TestIssuer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestIssuer() {
    }

    /** Publishes exactly these keys from now on, as after a key rotation at the issuer. */
    public static void publishKeys(String... keyIds) {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        URI control = URI.create(realm.substring(0, realm.indexOf(TestJwksOidcResource.REALM_PATH))
                + TestJwksOidcResource.KEYS_CONTROL_PATH);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(control)
                    .PUT(HttpRequest.BodyPublishers.ofString(String.join(",", keyIds))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The test issuer refused the keys " + String.join(",", keyIds));
            }
        } catch (IOException e) {
            throw new IllegalStateException("The test issuer at " + control + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
