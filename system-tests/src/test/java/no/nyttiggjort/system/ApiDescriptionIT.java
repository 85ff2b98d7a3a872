package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running gateway describes the whole API in one document, and what it calls public is what the
 * running gateway lets through without a token.
 */
@ExtendWith(RunningStack.class)
class ApiDescriptionIT {

    @Test
    void theGatewayDescribesEveryServicesPathsAndItsOwn() {
        JsonPath document = given().accept("application/json").get(gateway() + "/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths.keySet(), hasItems("/api/v1/projects", "/api/v1/projects/{id}",
                "/api/v1/scoring/portfolio", "/api/v1/certification/certificates", "/api/v1/network/overview"));
        assertThat("every path is one a client calls at the gateway",
                paths.keySet().stream().filter(path -> !path.startsWith("/api/v1/")).toList(), empty());

        given().get(gateway() + "/q/openapi?format=yaml").then().statusCode(200)
                .body(containsString("/api/v1/network/overview:"));
        given().get(gateway() + "/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void everyOperationDescribedAsPublicAnswersWithoutAToken() {
        JsonPath document = given().accept("application/json").get(gateway() + "/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> publicReads = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object security = operation.get("security");
            if (security instanceof List<?> requirements && requirements.isEmpty() && method.equals("get")) {
                publicReads.add(path);
            }
        }));
        assertThat("the certificate verification reads are public", publicReads, not(empty()));
        for (String path : publicReads) {
            String concrete = path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            int status = given().get(gateway() + concrete).then().extract().statusCode();
            assertThat(path + " answered without a token (" + status + ")", status != 401 && status != 403);
        }
        // And a secured one does not.
        given().get(gateway() + "/api/v1/projects").then().statusCode(401);
    }
}
