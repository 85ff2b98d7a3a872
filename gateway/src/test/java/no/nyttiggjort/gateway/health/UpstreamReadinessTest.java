package no.nyttiggjort.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.nyttiggjort.gateway.support.FakeUpstream;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class UpstreamReadinessTest {

    private static FakeUpstream projects;
    private static FakeUpstream scoring;

    @BeforeAll
    static void startUpstreams() {
        projects = FakeUpstream.forRoute("projects");
        scoring = FakeUpstream.forRoute("scoring");
    }

    @AfterAll
    static void stopUpstreams() {
        projects.close();
        scoring.close();
    }

    @Test
    void readyWhenEveryUpstreamIsReady() {
        try (FakeUpstream certification = FakeUpstream.forRoute("certification")) {
            given()
                    .when().get("/q/health/ready")
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'upstream projects' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'upstream projects' }.data.url", equalTo(url("projects")))
                    .body("checks.find { it.name == 'upstream certification' }.status", equalTo("UP"));
        }
    }

    @Test
    void notReadyWhileAnUpstreamIsDownAndNamesIt() {
        given()
                .when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstream certification' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstream certification' }.data.url", equalTo(url("certification")))
                .body("checks.find { it.name == 'upstream certification' }.data.answer", startsWith("Connection refused"))
                .body("checks.find { it.name == 'upstream scoring' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream scoring' }.data.answer", equalTo("HTTP 200"));
    }

    @Test
    void aStoppedUpstreamTurnsItsCheckDown() {
        projects.stop();
        try {
            given()
                    .when().get("/q/health/ready")
                    .then().log().ifValidationFails()
                    .statusCode(503)
                    .body("checks.find { it.name == 'upstream projects' }.status", equalTo("DOWN"));
        } finally {
            projects.start();
        }
        given()
                .when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .body("checks.find { it.name == 'upstream projects' }.status", equalTo("UP"));
    }

    @Test
    void livenessDoesNotDependOnUpstreams() {
        given()
                .when().get("/q/health/live")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    private static String url(String route) {
        return ConfigProvider.getConfig().getValue("gateway.routes." + route + ".upstream", String.class);
    }
}
