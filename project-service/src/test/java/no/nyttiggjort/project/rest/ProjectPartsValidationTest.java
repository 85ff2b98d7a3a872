package no.nyttiggjort.project.rest;

import static no.nyttiggjort.project.rest.Blt.addBenefit;
import static no.nyttiggjort.project.rest.Blt.addNeed;
import static no.nyttiggjort.project.rest.Blt.bareProject;
import static no.nyttiggjort.project.rest.Blt.etag;
import static no.nyttiggjort.project.rest.Blt.get;
import static no.nyttiggjort.project.rest.Blt.person;
import static no.nyttiggjort.project.rest.Blt.post;
import static no.nyttiggjort.project.rest.Blt.projectPath;
import static no.nyttiggjort.project.rest.Blt.put;
import static no.nyttiggjort.project.rest.Blt.total;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input on every part's endpoint: a 400 problem naming the field, and nothing stored or changed. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectPartsValidationTest {

    private static final String FUTURE = java.time.LocalDate.now().plusDays(3).toString();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            needs                  | {"targetGroup":"Unge","importance":3}                                                   | statement
            needs                  | {"statement":"S","targetGroup":"Unge","importance":6}                                   | importance
            needs                  | {"statement":"S","targetGroup":"Unge","importance":0}                                   | importance
            needs                  | {"statement":"S","targetGroup":"Unge","importance":"3"}                                 | importance
            needs                  | {"statement":"S","targetGroup":"Unge","importance":2.5}                                 | importance
            needs                  | {"statement":"S","importance":3}                                                        | targetGroup
            needs                  | {"statement":"S","targetGroup":"Unge","importance":3,"identifiedOn":"FUTURE"}           | identifiedOn
            needs                  | {"statement":"S","targetGroup":"Unge","importance":3,"identifiedOn":"i går"}            | identifiedOn
            needs/NEED/insights    | {"source":"RYKTE","date":"2026-01-05","evidence":"E","peopleHeard":3}                   | source
            needs/NEED/insights    | {"source":"SURVEY","date":"2026-01-05","evidence":" ","peopleHeard":3}                  | evidence
            needs/NEED/insights    | {"source":"SURVEY","date":"2026-01-05","evidence":"E","peopleHeard":-1}                 | peopleHeard
            needs/NEED/insights    | {"source":"SURVEY","evidence":"E","peopleHeard":1}                                      | date
            solutions              | {"needIds":[]}                                                                          | description
            solutions              | {"description":"L","needIds":["not-a-uuid"]}                                            | needIds[0]
            solutions              | {"description":"L","needIds":["00000000-0000-0000-0000-000000000001"]}                  | needIds
            solutions              | {"description":"L","needIds":[null]}                                                    | needIds
            tests                  | {"type":"MODEL","date":"2026-01-05","participants":3}                                   | hypothesis
            tests                  | {"hypothesis":"H","type":"FILM","date":"2026-01-05","participants":3}                   | type
            tests                  | {"hypothesis":"H","type":"MODEL","date":"2026-01-05","participants":3,"outcome":"MAYBE"}| outcome
            tests                  | {"hypothesis":"H","type":"MODEL","participants":3}                                      | date
            tests                  | {"hypothesis":"H","type":"MODEL","date":"2026-01-05","participants":-3}                 | participants
            tests                  | {"hypothesis":"H","type":"MODEL","date":"2026-01-05","participants":3,"solutionId":"00000000-0000-0000-0000-000000000001"} | solutionId
            team                   | {"name":"N"}                                                                            | role
            team                   | {"role":"R"}                                                                            | name
            team                   | {"name":"N","role":"R","userId":42}                                                     | userId
            anchoring              | {"body":"KING","date":"2026-01-05","summary":"S"}                                       | body
            anchoring              | {"body":"UNION","date":"2026-01-05"}                                                    | summary
            anchoring              | {"body":"UNION","date":"FUTURE","summary":"S"}                                          | date
            anchoring              | {"body":"UNION","date":"2026-01-05","summary":"S","normalOperation":"yes"}              | normalOperation
            benefits               | {"beneficiary":"USERS","kind":"QUALITY","unit":"%","baselineValue":1,"baselineDate":"2026-01-05"} | indicator
            benefits               | {"indicator":"I","beneficiary":"CATS","kind":"QUALITY","unit":"%","baselineValue":1,"baselineDate":"2026-01-05"} | beneficiary
            benefits               | {"indicator":"I","beneficiary":"USERS","kind":"FUN","unit":"%","baselineValue":1,"baselineDate":"2026-01-05"} | kind
            benefits               | {"indicator":"I","beneficiary":"USERS","kind":"QUALITY","baselineValue":1,"baselineDate":"2026-01-05"} | unit
            benefits               | {"indicator":"I","beneficiary":"USERS","kind":"QUALITY","unit":"%","baselineDate":"2026-01-05"} | baselineValue
            benefits               | {"indicator":"I","beneficiary":"USERS","kind":"QUALITY","unit":"%","baselineValue":"1","baselineDate":"2026-01-05"} | baselineValue
            benefits               | {"indicator":"I","beneficiary":"USERS","kind":"QUALITY","unit":"%","baselineValue":1}   | baselineDate
            benefits               | {"indicator":"I","beneficiary":"USERS","kind":"QUALITY","unit":"%","baselineValue":1,"baselineDate":"2026-01-05","target":0.00001} | target
            benefits/BENEFIT/measurements | {"value":3}                                                                      | date
            benefits/BENEFIT/measurements | {"date":"2026-01-05"}                                                            | value
            benefits/BENEFIT/measurements | {"date":"FUTURE","value":3}                                                      | date
            workshops              | {"date":"2026-01-05","targetGroup":"Unge","citizens":3,"employees":1}                   | kind
            workshops              | {"kind":"WORKSHOP","date":"2026-01-05","targetGroup":"Unge","citizens":-3,"employees":1} | citizens
            workshops              | {"kind":"WORKSHOP","date":"2026-01-05","targetGroup":"Unge","citizens":3}               | employees
            workshops              | {"kind":"WORKSHOP","date":"2026-01-05","citizens":3,"employees":1}                      | targetGroup
            workshops              | {"kind":"WORKSHOP","date":"2026-01-05","targetGroup":"Unge","citizens":3,"employees":1,"needIds":["00000000-0000-0000-0000-000000000001"]} | needIds
            needs                  | {"statement":"Halv                                                                      | body
            team                   | [1,2]                                                                                   | body
            """)
    void aBadBodyIsRefusedNamingTheFieldAndNothingIsStored(String part, String json, String field) {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String need = addNeed(kari, id);
        String benefit = addBenefit(kari, id);
        String path = projectPath(id) + "/" + part.replace("NEED", need).replace("BENEFIT", benefit);
        int before = total(kari, path);
        String version = etag(kari, projectPath(id));

        post(kari, path, json.replace("FUTURE", FUTURE))
                .statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("instance", equalTo(path))
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
        assertEquals(before, total(kari, path), "nothing may be stored for a rejected request");
        assertEquals(version, etag(kari, projectPath(id)), "the project is unchanged");
    }

    @Test
    void aRejectedChangeToAPartLeavesItAsItWas() {
        String m = freshMunicipality();
        String kari = person(m, "kari");
        String id = bareProject(kari);
        String need = addNeed(kari, id);
        put(kari, projectPath(id) + "/needs/" + need, "\"0\"", "{\"statement\":\"\",\"targetGroup\":\"U\",\"importance\":9}")
                .statusCode(400).body("errors.field", hasItem("statement")).body("errors.field", hasItem("importance"));
        io.restassured.RestAssured.given().header("Authorization", kari).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .when().put(projectPath(id) + "/needs/" + need)
                .then().statusCode(400).body("errors.field", hasItem("body"));
        get(kari, projectPath(id) + "/needs/" + need).statusCode(200).body("version", equalTo(0)).body("statement", equalTo("Å bli sett"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "needs", "solutions", "tests", "team", "anchoring", "benefits", "workshops", "timeline" })
    void badPagingAndBadIdsAreProblems(String part) {
        String kari = person(freshMunicipality(), "kari");
        String id = bareProject(kari);
        get(kari, projectPath(id) + "/" + part + "?size=201").statusCode(400).body("errors.field", hasItem("size"));
        get(kari, projectPath(id) + "/" + part + "?page=x").statusCode(400).body("errors.field", hasItem("page"));
        get(kari, projectPath(id) + "/" + part + "/not-a-uuid").statusCode(404).contentType("application/problem+json");
        get(kari, projectPath(id) + "/" + part + "/00000000-0000-0000-0000-000000000001").statusCode(404).contentType("application/problem+json");
    }
}
