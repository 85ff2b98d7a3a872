package no.nyttiggjort.project.rest;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.project.rest.ProjectApi.admin;
import static no.nyttiggjort.project.rest.ProjectApi.body;
import static no.nyttiggjort.project.rest.ProjectApi.create;
import static no.nyttiggjort.project.rest.ProjectApi.createId;
import static no.nyttiggjort.project.rest.ProjectApi.employee;
import static no.nyttiggjort.project.rest.ProjectApi.freshMunicipality;
import static no.nyttiggjort.project.rest.ProjectApi.otherEmployee;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
class ProjectResourceTest {

    @Test
    void createsProjectInTheCallersMunicipalityWhateverTheBodySays() {
        String m = freshMunicipality();
        Map<String, Object> body = new HashMap<>(body("Aktivitetsplikt for unge", "NAV_SOSIAL"));
        body.put("municipality", "0301");

        var created = create(employee(m), body)
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("municipality", equalTo(m))
                .body("title", equalTo("Aktivitetsplikt for unge"))
                .body("sector", equalTo("NAV_SOSIAL"))
                .body("champion", equalTo("Kari Nordmann"))
                .body("status", equalTo("ACTIVE"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/projects/" + id));

        given().header("Authorization", employee(m))
                .when().get("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("municipality", equalTo(m));
    }

    @Test
    void anotherMunicipalitysProjectIsNotFoundAndNotListed() {
        String mine = freshMunicipality();
        String theirs = freshMunicipality();
        String id = createId(employee(mine), "Bolig til flyktninger", "PLAN");

        given().header("Authorization", employee(theirs))
                .when().get("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/projects/" + id));

        given().header("Authorization", employee(theirs))
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", hasSize(0));

        given().header("Authorization", employee(theirs)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body("Kapret", "ANNET"))
                .when().put("/api/v1/projects/{id}", id)
                .then().statusCode(404);

        given().header("Authorization", employee(mine))
                .when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("title", equalTo("Bolig til flyktninger"));
    }

    @Test
    void listsArePagedAndFilteredBySectorAndText() {
        String m = freshMunicipality();
        String token = employee(m);
        createId(token, "Byggesak: rett informasjon til rett tid", "BYGGESAK_TEKNISK");
        createId(token, "Ingen faller utenfor i oppvekstløpet", "OPPVEKST");
        createId(token, "Plass til tre nye trinn på Bergerbakken skole", "OPPVEKST");

        given().header("Authorization", token).queryParam("size", 2)
                .when().get("/api/v1/projects")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].title", equalTo("Plass til tre nye trinn på Bergerbakken skole"));

        given().header("Authorization", token).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(1));

        given().header("Authorization", token).queryParam("sector", "OPPVEKST")
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.title", containsInAnyOrder("Ingen faller utenfor i oppvekstløpet",
                        "Plass til tre nye trinn på Bergerbakken skole"));

        given().header("Authorization", token).queryParam("q", "BERGERBAKKEN")
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items.title", contains("Plass til tre nye trinn på Bergerbakken skole"));

        given().header("Authorization", token).queryParam("q", "%")
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void updateRequiresTheCurrentETag() {
        String m = freshMunicipality();
        String token = employee(m);
        String id = createId(token, "Planarbeid", "PLAN");

        given().header("Authorization", token).contentType(ContentType.JSON).body(body("Uten If-Match", "PLAN"))
                .when().put("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(428).contentType("application/problem+json").body("status", equalTo(428));

        given().header("Authorization", token).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body("Planarbeid 2027", "PLAN"))
                .when().put("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Planarbeid 2027")).body("version", equalTo(1));

        // A second writer still holding version 0 must not overwrite the first.
        given().header("Authorization", otherEmployee(m)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body("Gammel versjon", "PLAN"))
                .when().put("/api/v1/projects/{id}", id)
                .then().log().ifValidationFails()
                .statusCode(412).contentType("application/problem+json").body("status", equalTo(412));

        given().header("Authorization", token)
                .when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("title", equalTo("Planarbeid 2027")).header("ETag", equalTo("\"1\""));
    }

    @Test
    void archiveIsForTheCreatorOrAnAdminAndMakesTheProjectReadOnly() {
        String m = freshMunicipality();
        String id = createId(employee(m), "Interkommunalt samarbeid", "ADMINISTRASJON");

        given().header("Authorization", otherEmployee(m)).header("If-Match", "\"0\"")
                .when().post("/api/v1/projects/{id}/archive", id)
                .then().log().ifValidationFails()
                .statusCode(403).contentType("application/problem+json");

        given().header("Authorization", admin(m))
                .when().post("/api/v1/projects/{id}/archive", id)
                .then().statusCode(428);

        given().header("Authorization", admin(m)).header("If-Match", "\"0\"")
                .when().post("/api/v1/projects/{id}/archive", id)
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("ARCHIVED")).body("archivedAt", notNullValue())
                .header("ETag", equalTo("\"1\""));

        given().header("Authorization", employee(m)).header("If-Match", "\"1\"")
                .contentType(ContentType.JSON).body(body("Endret etter arkivering", "ANNET"))
                .when().put("/api/v1/projects/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");

        given().header("Authorization", employee(m))
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", employee(m)).queryParam("archived", "true")
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].title", equalTo("Interkommunalt samarbeid"))
                .body("items[0].archivedAt", notNullValue())
                .body("items[0].champion", equalTo("Kari Nordmann"))
                .body("items[0].description", notNullValue())
                .body("items[0].municipality", equalTo(m))
                .body("items[0].sector", equalTo("ADMINISTRASJON"))
                .body("items[0].status", equalTo("ARCHIVED"))
                .body("items[0].unknown", nullValue());
    }
}
