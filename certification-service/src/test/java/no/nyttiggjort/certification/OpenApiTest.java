package no.nyttiggjort.certification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.certification.support.FakeNeighboursResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

/** Every operation is documented: operationId, tag, summary, problem+json errors; public ones need no token. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeNeighboursResource.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsFullyDescribed() {
        Map<String, Map<String, Map<String, Object>>> paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                operations++;
                String name = op.getKey() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                if (operation.get("operationId") == null || operation.get("summary") == null || operation.get("tags") == null) {
                    problems.add(name + " lacks operationId, summary or tag");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                boolean secured = operation.get("security") != null && !((List<?>) operation.get("security")).isEmpty();
                if (path.getKey().contains("/public/") || path.getKey().startsWith("/.well-known")) {
                    if (secured) {
                        problems.add(name + " is public but documented as secured");
                    }
                } else if (!secured || !responses.containsKey("403")) {
                    problems.add(name + " is not documented as secured with 401/403");
                }
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") && !((Map<String, Object>) response.get("content")).containsKey("application/problem+json")) {
                        problems.add(name + " " + code + " is not problem+json");
                    }
                });
            }
        }
        assertTrue(operations >= 30, "all operations are documented, found " + operations);
        assertEquals(List.of(), problems);
    }
}
