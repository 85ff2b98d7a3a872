package no.nyttiggjort.system;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.system.RunningStack.gateway;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.launcher.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A network analyst's overview across municipalities, composed by the gateway from the three
 * services' maintained aggregates, over the demo data: Jevnaker's seven programme projects, their
 * assessments and 35 certified innovation agents.
 */
@ExtendWith(RunningStack.class)
class NetworkOverviewIT {

    private static final String OVERVIEW = "/api/v1/network/overview";

    @Test
    void anAnalystSeesJevnakersProjectsScoresAndCertifiedAgents() {
        JsonPath overview = given().header("Authorization", Tokens.bearer("nils.nettverk")).accept("application/json")
                .get(gateway() + OVERVIEW)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(overview.getList("unavailable"), equalTo(List.of()));
        Map<String, Object> jevnaker = overview.getMap("municipalities.find { it.municipality == '3053' }");
        assertThat("Jevnaker is in the overview", jevnaker, notNullValue());

        JsonPath row = new JsonPath(overview.prettify()).setRootPath("municipalities.find { it.municipality == '3053' }");
        assertThat(row.getString("projects.status"), equalTo("available"));
        assertThat(row.getInt("projects.total"), greaterThanOrEqualTo(7));
        assertThat(row.getInt("projects.byStep.IN_USE"), greaterThanOrEqualTo(1));
        assertThat("Asker adopted one of Jevnaker's projects", row.getInt("projects.adoptionsOut"), greaterThanOrEqualTo(1));
        assertThat(row.getString("scores.status"), equalTo("available"));
        assertThat(row.getInt("scores.scoredProjects"), greaterThanOrEqualTo(5));
        assertThat(row.getBoolean("scores.suppressed"), equalTo(false));
        assertThat(row.get("scores.meanScore.percent"), notNullValue());
        assertThat(row.getString("certification.status"), equalTo("available"));
        assertThat(row.getInt("certification.certifiedAgents"), greaterThanOrEqualTo(35));

        // Asker has one adopted project: few enough that its scores and people stay withheld.
        JsonPath asker = new JsonPath(overview.prettify()).setRootPath("municipalities.find { it.municipality == '3025' }");
        assertThat(asker.getInt("projects.adoptionsIn"), greaterThanOrEqualTo(1));
    }

    @Test
    void theSameOverviewIsOpenDataAsCsv() {
        String csv = given().header("Authorization", Tokens.bearer("nils.nettverk")).accept("text/csv")
                .get(gateway() + OVERVIEW)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0), startsWith("municipality,projects_status,projects,"));
        assertThat(lines.get(0), containsString("certified_agents"));
        assertThat(lines.stream().map(line -> line.split(",")[0]).toList(), hasItem("3053"));
    }

    @Test
    void onlyNetworkAnalystsMayReadIt() {
        given().header("Authorization", Tokens.bearer("kari.nordmann")).get(gateway() + OVERVIEW)
                .then().statusCode(403).contentType("application/problem+json");
        given().get(gateway() + OVERVIEW).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("nils.nettverk")).accept("application/pdf").get(gateway() + OVERVIEW)
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void withScoringDownThePartIsMarkedUnavailableAndTheRestIsServed() throws InterruptedException {
        Stack stack = RunningStack.stack();
        stack.stopComponent(Stack.SCORING_SERVICE);
        try {
            JsonPath overview = null;
            // The gateway serves a composed overview for up to 10 s; wait until it has composed one without scoring.
            for (int attempt = 0; attempt < 30; attempt++) {
                overview = given().header("Authorization", Tokens.bearer("nils.nettverk"))
                        .get(gateway() + OVERVIEW).then().statusCode(200).extract().jsonPath();
                if (overview.getList("unavailable").contains("scores")) {
                    break;
                }
                Thread.sleep(1_000);
            }
            assertThat(overview.getList("unavailable"), equalTo(List.of("scores")));
            JsonPath row = new JsonPath(overview.prettify()).setRootPath("municipalities.find { it.municipality == '3053' }");
            assertThat(row.getString("scores.status"), equalTo("unavailable"));
            assertThat(row.getString("projects.status"), equalTo("available"));
            assertThat(row.getInt("certification.certifiedAgents"), greaterThanOrEqualTo(35));
        } finally {
            stack.startComponent(Stack.SCORING_SERVICE);
        }
    }
}
