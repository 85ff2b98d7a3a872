package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import no.nyttiggjort.launcher.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway answers problem+json while a service is down and serves again once it is back. */
@ExtendWith(RunningStack.class)
class UpstreamOutageIT {

    @Test
    void projectServiceDownThenBackWithoutRestartingTheGateway() {
        Stack stack = RunningStack.stack();
        String token = Tokens.bearer("kari.nordmann");
        given().baseUri(gateway()).header("Authorization", token)
                .when().get("/api/v1/projects").then().statusCode(200);

        // Every instance of it: with one left, the gateway would route around the outage.
        List<String> instances = stack.instances(Stack.PROJECT_SERVICE);
        instances.forEach(stack::stopComponent);
        try {
            given().baseUri(gateway()).header("Authorization", token)
                    .when().get("/api/v1/projects")
                    .then().log().ifValidationFails()
                    .statusCode(anyOf(is(503), is(504)))
                    .contentType("application/problem+json")
                    .body("requestId", org.hamcrest.Matchers.notNullValue());
            given().baseUri(gateway()).when().get("/q/health/ready")
                    .then().log().ifValidationFails().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            instances.forEach(stack::startComponent);
        }

        // Back means: ready again (the launcher waited for that), and then served by the same gateway.
        given().baseUri(gateway()).when().get("/q/health/ready").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            given().baseUri(gateway()).header("Authorization", token)
                    .when().get("/api/v1/projects")
                    .then().log().ifValidationFails().statusCode(200);
        }
    }
}
