package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.ProjectApi.body;
import static no.nyttiggjort.project.rest.ProjectApi.create;
import static no.nyttiggjort.project.rest.ProjectApi.createId;
import static no.nyttiggjort.project.rest.ProjectApi.employee;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static no.nyttiggjort.project.rest.ProjectApi.total;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a 400 problem naming the field, and nothing is stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing title       | {"sector":"PLAN"}                                  | title
            blank title         | {"title":"   ","sector":"PLAN"}                    | title
            missing sector      | {"title":"Uten sektor"}                            | sector
            unknown sector      | {"title":"Feil sektor","sector":"ROMFART"}         | sector
            number as title     | {"title":123,"sector":"PLAN"}                      | title
            array as title      | {"title":["a"],"sector":"PLAN"}                    | title
            number as sector    | {"title":"Tall","sector":5}                        | sector
            malformed JSON      | {"title":"Halv                                     | body
            not an object       | [1,2,3]                                            | body
            """)
    void rejectsBadBodiesNamingTheField(String name, String json, String field) {
        String m = freshMunicipality();
        create(employee(m), json)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("type", equalTo("https://nyttiggjort.no/problems/validation"))
                .body("instance", equalTo("/api/v1/projects"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
        assertEquals(0, total(employee(m)), "nothing may be stored for a rejected request");
    }

    @Test
    void rejectsTooLongFieldsAndAnEmptyBody() {
        String m = freshMunicipality();
        Map<String, Object> body = new HashMap<>(body("x".repeat(10_000), "PLAN"));
        body.put("champion", "y".repeat(201));
        create(employee(m), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("champion"));

        given().header("Authorization", employee(m)).contentType(ContentType.JSON)
                .when().post("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        assertEquals(0, total(employee(m)));
    }

    @Test
    void aRejectedUpdateLeavesTheProjectAsItWas() {
        String m = freshMunicipality();
        String id = createId(employee(m), "Uendret", "KULTUR");
        given().header("Authorization", employee(m)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"title\":\"\",\"sector\":\"KULTUR\"}")
                .when().put("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors.field", hasItem("title"));
        given().header("Authorization", employee(m))
                .when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("title", equalTo("Uendret")).body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({ "size,10000", "size,0", "size,abc", "page,-1", "page,x", "sector,ROMFART", "archived,maybe" })
    void rejectsBadQueryParameters(String parameter, String value) {
        given().header("Authorization", employee(freshMunicipality())).queryParam(parameter, value)
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void unknownIdsAndPathsAreProblemNotFound() {
        String token = employee(freshMunicipality());
        given().header("Authorization", token)
                .when().get("/api/v1/projects/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().header("Authorization", token)
                .when().get("/api/v1/projects/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", token)
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", token).contentType(ContentType.TEXT).body("tekst")
                .when().post("/api/v1/projects")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", token)
                .when().delete("/api/v1/projects")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
