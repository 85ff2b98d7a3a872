package no.nyttiggjort.gateway.network;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.gateway.support.ProblemSpec.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import no.nyttiggjort.gateway.support.FakeUpstreamsResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/network/overview: composed at the gateway from the three services' aggregates. */
@QuarkusTest
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeUpstreamsResource.class)
class NetworkOverviewTest {

    private static final String PATH = "/api/v1/network/overview";
    private static final String ANALYST = TestTokens.user("nils.nettverk").municipality("3053").roles("network-analyst").bearer();

    static final String PROJECTS = """
            {"municipalities":[
             {"municipality":"3025","projects":3,"byStep":{"FOUNDATION":1,"NEEDS":0,"EXPLORE":1,"REALISE":0,"IN_USE":1,"STOPPED":0},
              "nyttiggjortRate":1.0,"adoptionsIn":1,"adoptionsOut":0},
             {"municipality":"3053","projects":7,"byStep":{"FOUNDATION":2,"NEEDS":1,"EXPLORE":1,"REALISE":1,"IN_USE":1,"STOPPED":1},
              "nyttiggjortRate":0.5,"adoptionsIn":0,"adoptionsOut":1}]}""";
    static final String SCORES = """
            {"municipalities":[
             {"municipality":"3026","scoredProjects":2,"suppressed":true,"meanScore":null,"bottlenecks":null},
             {"municipality":"3053","scoredProjects":7,"suppressed":false,"meanScore":{"value":0.24064,"percent":24.1},
              "bottlenecks":{"BEHOV":0,"LOSNING":1,"ILDSJEL":2,"TEAM":4,"FORANKRING":0}}],
             "minimumProjects":5}""";
    static final String CERTIFICATION = """
            {"municipalities":[
             {"municipality":"3025","certifiedAgents":null,"suppressed":true},
             {"municipality":"3053","certifiedAgents":35,"suppressed":false}],
             "minimumGroupSize":5}""";

    private static FakeAggregateService projects;
    private static FakeAggregateService scoring;
    private static FakeAggregateService certification;

    @Inject
    NetworkTestClock clock;

    @BeforeAll
    static void startServices() {
        projects = FakeAggregateService.forRoute("projects", "/api/v1/projects/aggregates/municipalities");
        scoring = FakeAggregateService.forRoute("scoring", "/api/v1/scoring/aggregates/municipalities");
        certification = FakeAggregateService.forRoute("certification", "/api/v1/certification/aggregates/municipalities");
    }

    @AfterAll
    static void stopServices() {
        projects.close();
        scoring.close();
        certification.close();
    }

    /** Every service up with the data above, and a clock an hour on, so no overview of an earlier test is fresh. */
    @BeforeEach
    void healthyServicesAndNothingFresh() {
        for (FakeAggregateService service : List.of(projects, scoring, certification)) {
            service.delay(0).answerWhenAllAsked(null).ensureStarted();
        }
        projects.answer(200, PROJECTS);
        scoring.answer(200, SCORES);
        certification.answer(200, CERTIFICATION);
        clock.advance(Duration.ofHours(1));
    }

    private static JsonPath overview() {
        return given().header("Authorization", ANALYST)
                .when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", startsWith("private, max-age="))
                .extract().jsonPath();
    }

    @Test
    void joinsTheThreeServicesAggregatesByMunicipalityAskingThemAtTheSameTime() {
        // Each service answers only once all three have been asked: asked one after another, the first would
        // wait for the others past the gateway's timeout and its part would be unavailable.
        CountDownLatch allAsked = new CountDownLatch(3);
        projects.answerWhenAllAsked(allAsked);
        scoring.answerWhenAllAsked(allAsked);
        certification.answerWhenAllAsked(allAsked);

        JsonPath overview = given().header("Authorization", ANALYST).header("X-Request-Id", "overview-1")
                .when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType("application/json")
                .body("generatedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"))
                .body("unavailable", empty())
                .body("municipalities.municipality", contains("3025", "3026", "3053"))
                .extract().jsonPath();

        Map<String, Object> jevnaker = overview.getMap("municipalities[2]");
        assertThat(jevnaker.get("projects"), equalTo(Map.of("status", "available", "total", 7,
                "byStep", Map.of("FOUNDATION", 2, "NEEDS", 1, "EXPLORE", 1, "REALISE", 1, "IN_USE", 1, "STOPPED", 1),
                "nyttiggjortRate", 0.5f, "adoptionsIn", 0, "adoptionsOut", 1)));
        assertThat(jevnaker.get("scores"), equalTo(Map.of("status", "available", "scoredProjects", 7, "suppressed", false,
                "meanScore", Map.of("value", 0.24064f, "percent", 24.1f),
                "bottlenecks", Map.of("BEHOV", 0, "LOSNING", 1, "ILDSJEL", 2, "TEAM", 4, "FORANKRING", 0))));
        assertThat(jevnaker.get("certification"), equalTo(Map.of("status", "available", "certifiedAgents", 35,
                "suppressed", false)));
        assertThat(overview.getMap("municipalities[2].projects.byStep").keySet(),
                contains("FOUNDATION", "NEEDS", "EXPLORE", "REALISE", "IN_USE", "STOPPED"));

        // Asker: two of its numbers are withheld by their services; nothing is scored there.
        assertEquals(3, overview.getInt("municipalities[0].projects.total"));
        assertEquals(0, overview.getInt("municipalities[0].scores.scoredProjects"));
        assertThat(overview.get("municipalities[0].scores.meanScore"), nullValue());
        assertThat(overview.getMap("municipalities[0].certification"), equalTo(nullable("status", "available",
                "certifiedAgents", null, "suppressed", true)));
        // Aurskog-Høland: known only to scoring, which withholds its mean; no projects, no agents.
        assertThat(overview.getMap("municipalities[1].projects"), equalTo(nullable("status", "available", "total", 0,
                "byStep", Map.of("FOUNDATION", 0, "NEEDS", 0, "EXPLORE", 0, "REALISE", 0, "IN_USE", 0, "STOPPED", 0),
                "nyttiggjortRate", null, "adoptionsIn", 0, "adoptionsOut", 0)));
        assertThat(overview.getMap("municipalities[1].scores"), equalTo(nullable("status", "available",
                "scoredProjects", 2, "suppressed", true, "meanScore", null, "bottlenecks", null)));
        assertEquals(0, overview.getInt("municipalities[1].certification.certifiedAgents"));

        // Each service was asked once, for the caller, with the caller's token and the request id.
        for (FakeAggregateService service : List.of(projects, scoring, certification)) {
            assertEquals(ANALYST, service.lastAuthorization());
            assertEquals("overview-1", service.lastRequestId());
        }
    }

    @Test
    void isServedFromMemoryAndComposedAgainInTheBackgroundHalfWayThroughItsMaxAge() {
        String first = overview().getString("generatedAt");
        int asked = projects.requests();

        given().header("Authorization", ANALYST).when().get(PATH).then().statusCode(200)
                .header("Cache-Control", matchesPattern("private, max-age=([3-9]|10)"));
        assertEquals(first, overview().getString("generatedAt"));
        assertEquals(asked, projects.requests(), "a fresh overview is served without asking the services");

        projects.answer(200, PROJECTS.replace("\"projects\":7", "\"projects\":8"));
        clock.advance(Duration.ofSeconds(6));
        // Past half its max-age: still served at once, and the next one is composed meanwhile.
        JsonPath stale = overview();
        assertEquals(first, stale.getString("generatedAt"));
        assertEquals(7, stale.getInt("municipalities[2].projects.total"));

        JsonPath next = await(() -> overview(), o -> o.getInt("municipalities[2].projects.total") == 8);
        assertThat(next.getString("generatedAt"), not(equalTo(first)));
        assertEquals(asked + 1, projects.requests(), "one composition, however many callers");

        clock.advance(Duration.ofSeconds(11));
        overview();
        assertEquals(asked + 2, projects.requests(), "past its max-age an overview is composed before answering");
    }

    @Test
    void aServiceThatIsDownMakesItsPartUnavailableForAShorterTime() {
        scoring.stop();

        JsonPath partial = overview();
        assertThat(partial.getList("unavailable"), contains("scores"));
        assertThat(partial.getList("municipalities.scores"), everyItem(equalTo(Map.of("status", "unavailable"))));
        assertThat(partial.getList("municipalities.municipality"), contains("3025", "3053"));
        assertEquals(35, partial.getInt("municipalities[1].certification.certifiedAgents"));
        // Served for 2 s rather than 10, so the service's return shows soon.
        given().header("Authorization", ANALYST).when().get(PATH).then().statusCode(200)
                .header("Cache-Control", matchesPattern("private, max-age=[0-2]"));

        scoring.start();
        clock.advance(Duration.ofSeconds(3));
        JsonPath whole = overview();
        assertThat(whole.getList("unavailable"), empty());
        assertEquals(24.1f, whole.getFloat("municipalities[2].scores.meanScore.percent"));
    }

    @Test
    void aSlowServiceCostsOnlyItsOwnPart() {
        certification.delay(1500);

        JsonPath overview = overview();
        assertThat(overview.getList("unavailable"), contains("certification"));
        assertThat(overview.getMap("municipalities[2].certification"), equalTo(Map.of("status", "unavailable")));
        assertEquals(7, overview.getInt("municipalities[2].projects.total"));
        assertEquals(7, overview.getInt("municipalities[2].scores.scoredProjects"));
    }

    @Test
    void anAnswerThatCannotBeReadOrIsRefusedIsUnavailable() {
        projects.answer(200, "<html>Service Unavailable</html>");
        certification.answer(200, """
                {"municipalities":[{"municipality":"Oslo","certifiedAgents":12,"suppressed":false}]}""");

        JsonPath overview = overview();
        assertThat(overview.getList("unavailable"), contains("projects", "certification"));
        assertThat(overview.getList("municipalities.municipality"), contains("3026", "3053"));

        scoring.answer(403, "{\"status\":403}");
        clock.advance(Duration.ofMinutes(1));
        given().header("Authorization", ANALYST)
                .when().get(PATH)
                .then().log().ifValidationFails()
                .spec(problem(503, PATH))
                .header("Retry-After", equalTo("2"));
    }

    @Test
    void withEveryServiceDownTheAnswerIs503() {
        projects.stop();
        scoring.stop();
        certification.stop();

        given().header("Authorization", ANALYST)
                .when().get(PATH)
                .then().log().ifValidationFails()
                .spec(problem(503, PATH))
                .header("Retry-After", notNullValue());
    }

    @Test
    void asCsvItIsOneRowPerMunicipalityWithEmptyCellsForWithheldAndUnavailableValues() throws IOException {
        String csv = given().header("Authorization", ANALYST).header("Accept", "text/csv")
                .when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Type", org.hamcrest.Matchers.containsString("charset=utf-8"))
                .header("Vary", "Accept")
                .extract().asString();

        assertEquals(String.join("\r\n",
                "municipality,projects_status,projects,foundation,needs,explore,realise,in_use,stopped,nyttiggjort_rate,"
                        + "adoptions_in,adoptions_out,scores_status,scored_projects,mean_score,mean_score_percent,"
                        + "bottleneck_behov,bottleneck_losning,bottleneck_ildsjel,bottleneck_team,bottleneck_forankring,"
                        + "certification_status,certified_agents",
                "3025,available,3,1,0,1,0,1,0,1.0,1,0,available,0,,,0,0,0,0,0,suppressed,",
                "3026,available,0,0,0,0,0,0,0,,0,0,suppressed,2,,,,,,,,available,0",
                "3053,available,7,2,1,1,1,1,1,0.5,0,1,available,7,0.24064,24.1,0,1,2,4,0,available,35") + "\r\n",
                csv);
        assertEquals(3, rows(csv).size(), "a CSV reader sees one record per municipality");

        certification.stop();
        clock.advance(Duration.ofMinutes(1));
        String partial = given().header("Authorization", ANALYST).header("Accept", "text/csv;q=0.9, application/json;q=0.1")
                .when().get(PATH).then().statusCode(200).header("Content-Type", startsWith("text/csv")).extract().asString();
        Map<String, String> jevnaker = rows(partial).get(2);
        assertEquals("unavailable", jevnaker.get("certification_status"));
        assertEquals("", jevnaker.get("certified_agents"));
        assertEquals("7", jevnaker.get("projects"));
    }

    private static List<Map<String, String>> rows(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(mapper.schemaWithHeader()).with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .readValues(csv.getBytes(StandardCharsets.UTF_8))) {
            return it.readAll();
        }
    }

    @Test
    void theAcceptHeaderChoosesJsonOrCsvAndAnythingElseIs406() {
        for (String accept : new String[] { "application/json", "*/*", "application/*", "text/csv;q=0.5, application/json" }) {
            given().header("Authorization", ANALYST).header("Accept", accept).when().get(PATH)
                    .then().log().ifValidationFails().statusCode(200).contentType("application/json");
        }
        for (String accept : new String[] { "text/csv", "text/*", "*/*;q=0.1, text/csv", "application/json;q=0.2, text/csv;q=0.3" }) {
            given().header("Authorization", ANALYST).header("Accept", accept).when().get(PATH)
                    .then().log().ifValidationFails().statusCode(200).header("Content-Type", startsWith("text/csv"));
        }
        for (String accept : new String[] { "application/xml", "text/html", "application/json;q=0, text/csv;q=0", "nonsense" }) {
            given().header("Authorization", ANALYST).header("Accept", accept)
                    .when().get(PATH)
                    .then().log().ifValidationFails()
                    .spec(problem(406, PATH));
        }
    }

    @Test
    void onlyNetworkAnalystsMaySeeIt() {
        int asked = projects.requests() + scoring.requests() + certification.requests();
        given().when().get(PATH)
                .then().log().ifValidationFails()
                .spec(problem(401, PATH))
                .header("WWW-Authenticate", startsWith("Bearer"));
        for (String roles : new String[] { "employee", "municipality-admin", "assessor", "service" }) {
            given().header("Authorization", TestTokens.user("kari").municipality("3053").roles(roles).bearer())
                    .when().get(PATH)
                    .then().log().ifValidationFails()
                    .spec(problem(403, PATH));
        }
        given().header("Authorization", TestTokens.user("mallory").roles("network-analyst").forged().bearer())
                .when().get(PATH)
                .then().log().ifValidationFails()
                .spec(problem(401, PATH));
        assertEquals(asked, projects.requests() + scoring.requests() + certification.requests(),
                "no service is asked for a caller the gateway refused");
    }

    @Test
    void theGatewayServesTheNetworkPathsItselfAndNeverProxiesThem() {
        overview();
        given().header("Authorization", ANALYST).when().post(PATH)
                .then().log().ifValidationFails()
                .spec(problem(405, PATH))
                .header("Allow", "GET");
        given().header("Authorization", ANALYST).when().get("/api/v1/network/elsewhere")
                .then().log().ifValidationFails()
                .spec(problem(404, "/api/v1/network/elsewhere"))
                .body("detail", equalTo("No resource at this path"));

        for (FakeAggregateService service : List.of(projects, scoring, certification)) {
            assertThat(service.paths(), everyItem(not(startsWith("/api/v1/network"))));
        }
    }

    @Test
    void theApiDocumentDescribesTheOverview() {
        given().when().get("/q/openapi?format=json")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("paths.'/api/v1/network/overview'.get.operationId", equalTo("getNetworkOverview"))
                .body("paths.'/api/v1/network/overview'.get.tags", contains("Network"))
                .body("paths.'/api/v1/network/overview'.get.summary", notNullValue())
                .body("paths.'/api/v1/network/overview'.get.responses.keySet()", hasItems("200", "401", "403", "406", "503"))
                .body("paths.'/api/v1/network/overview'.get.responses.'200'.content.keySet()",
                        hasItems("application/json", "text/csv"))
                .body("paths.'/api/v1/network/overview'.get.responses.'406'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.NetworkOverview.properties.keySet()",
                        contains("generatedAt", "unavailable", "municipalities"));
    }

    /** Map.of refuses null values; the JSON has them. */
    private static Map<String, Object> nullable(Object... keysAndValues) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static <T> T await(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached within 5 s: " + value);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = read.get();
        }
        return value;
    }
}
