package no.nyttiggjort.scoring.portfolio;

import static io.restassured.RestAssured.given;
import static no.nyttiggjort.scoring.support.ScoringApi.admin;
import static no.nyttiggjort.scoring.support.ScoringApi.assess;
import static no.nyttiggjort.scoring.support.ScoringApi.assessment;
import static no.nyttiggjort.scoring.support.ScoringApi.assessor;
import static no.nyttiggjort.scoring.support.ScoringApi.employee;
import static no.nyttiggjort.scoring.support.ScoringApi.user;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.nyttiggjort.scoring.support.FakeProjectService;
import no.nyttiggjort.scoring.support.FakeProjectServiceResource;
import no.nyttiggjort.testsupport.PostgresTestResource;
import no.nyttiggjort.testsupport.TestOidcResource;
import no.nyttiggjort.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The per-municipality score aggregates behind the network overview, kept current as projects are scored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(TestOidcResource.class)
@WithTestResource(FakeProjectServiceResource.class)
class ScoreAggregateTest {

    private static final String PATH = "/api/v1/scoring/aggregates/municipalities";
    private static final String ANALYST = user("nils.nettverk", "3053", "network-analyst");
    /** A service account: realm role 'service' and no municipality claim. */
    private static final String SERVICE = TestTokens.user("service-account-gateway").municipality(null).roles("service").bearer();
    /** 0100–0999: numbers the other scoring tests (random 1000–9999) never use, so counts here are exact. */
    private static final AtomicInteger NEXT = new AtomicInteger(100);

    @Inject
    EntityManager em;

    private static String municipality() {
        return String.format("%04d", NEXT.getAndIncrement());
    }

    private static UUID scored(String m, int... levels) {
        UUID project = FakeProjectService.get().register(m, "Prosjekt i " + m);
        assess(assessor(m), project, assessment(levels)).statusCode(201);
        return project;
    }

    private static JsonPath aggregates(String token) {
        return given().header("Authorization", token)
                .when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(200).contentType("application/json")
                .body("minimumProjects", equalTo(5))
                .extract().jsonPath();
    }

    private static Map<String, Object> of(JsonPath aggregates, String municipality) {
        List<Map<String, Object>> all = aggregates.getList("municipalities");
        return all.stream().filter(m -> municipality.equals(m.get("municipality"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static float percent(Map<String, Object> municipality) {
        return ((Number) ((Map<String, Object>) municipality.get("meanScore")).get("percent")).floatValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> bottlenecks(Map<String, Object> municipality) {
        Map<String, Integer> counts = (Map<String, Integer>) municipality.get("bottlenecks");
        return Arrays.stream(new String[] { "BEHOV", "LOSNING", "ILDSJEL", "TEAM", "FORANKRING" }).map(counts::get).toList();
    }

    @Test
    void fiveScoredProjectsShowTheirMeanLatestScoreAndBottlenecksAndANewScoreReplacesTheOld() {
        String m = municipality();
        UUID first = null;
        for (int i = 0; i < 5; i++) {
            UUID p = scored(m, 4, 4, 3 + (i % 2), 2 + (i % 3), 5);
            first = first == null ? p : first;
        }
        // Products 480, 960, 960, 640, 720: mean 752 of 3125 = 24.064 %. Weakest: TEAM, TEAM, ILDSJEL+TEAM, TEAM, ILDSJEL.
        Map<String, Object> before = of(aggregates(ANALYST), m);
        assertEquals(5, before.get("scoredProjects"));
        assertEquals(false, before.get("suppressed"));
        assertEquals(24.1f, percent(before));
        assertEquals(List.of(0, 0, 2, 4, 0), bottlenecks(before));

        // A new assessment of the first project replaces its latest score (480, TEAM) with 5·5·5·5·1 = 625 (FORANKRING).
        assess(assessor(m), first, assessment(5, 5, 5, 5, 1)).statusCode(201);
        Map<String, Object> after = of(aggregates(SERVICE), m);
        assertEquals(5, after.get("scoredProjects"), "still five projects: only the latest score counts");
        // (625 + 960 + 960 + 640 + 720) / 5 = 781 of 3125 = 24.992 %.
        assertEquals(25.0f, percent(after));
        assertEquals(List.of(0, 0, 2, 3, 1), bottlenecks(after));

        // The network view reads the same sums.
        JsonPath network = given().header("Authorization", ANALYST).queryParam("size", 200)
                .when().get("/api/v1/scoring/network").then().statusCode(200).extract().jsonPath();
        assertEquals(25.0f, network.getFloat("items.find { it.municipality == '" + m + "' }.meanScore.percent"));
    }

    @Test
    void fewerThanFiveScoredProjectsShowOnlyTheirCount() {
        String m = municipality();
        for (int i = 0; i < 4; i++) {
            scored(m, 3, 3, 3, 3, 3);
        }
        Map<String, Object> small = of(aggregates(ANALYST), m);
        assertEquals(4, small.get("scoredProjects"));
        assertEquals(true, small.get("suppressed"));
        assertTrue(small.containsKey("meanScore") && small.get("meanScore") == null, "the mean is withheld");
        assertTrue(small.containsKey("bottlenecks") && small.get("bottlenecks") == null, "the bottlenecks are withheld");

        scored(m, 5, 5, 5, 5, 5);
        Map<String, Object> big = of(aggregates(ANALYST), m);
        assertEquals(false, big.get("suppressed"));
        // (4 × 243 + 3125) / 5 = 819.4 of 3125 = 26.2 %; the perfect project has no bottleneck.
        assertEquals(26.2f, percent(big));
        assertEquals(List.of(4, 4, 4, 4, 4), bottlenecks(big));
        assertNull(of(aggregates(ANALYST), municipality()), "a municipality without scores is not listed");
    }

    @Test
    void aClosedRoundsConsensusBecomesTheLatestScore() {
        String m = municipality();
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            projects.add(scored(m, 2, 2, 2, 2, 2));  // 32 each
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> panel = List.of("ola-" + suffix, "kari-" + suffix);
        String round = given().header("Authorization", admin(m)).contentType(ContentType.JSON)
                .body(Map.of("assessors", panel))
                .when().post("/api/v1/scoring/projects/{p}/rounds", projects.get(0))
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        submitToRound(panel.get(0), m, round).body("status", equalTo("OPEN"));
        assertEquals(1.0f, percent(of(aggregates(ANALYST), m)), "an open round is no score: 5 × 32 of 3125 = 1.024 %");

        // Both submit the same levels, so the consensus (the median per factor) is 5, 5, 5, 5, 4 = 2500.
        submitToRound(panel.get(1), m, round).body("status", equalTo("CLOSED"));
        // (2500 + 4 × 32) / 5 = 525.6 of 3125 = 16.8 %.
        Map<String, Object> after = of(aggregates(ANALYST), m);
        assertEquals(16.8f, percent(after));
        assertEquals(List.of(4, 4, 4, 4, 5), bottlenecks(after));
    }

    private static io.restassured.response.ValidatableResponse submitToRound(String assessor, String m, String round) {
        return given().header("Authorization", user(assessor, m, "employee", "assessor")).contentType(ContentType.JSON)
                .body(assessment(5, 5, 5, 5, 4))
                .when().post("/api/v1/scoring/rounds/{r}/scores", round)
                .then().log().ifValidationFails().statusCode(200);
    }

    /** Parallel assessments of the same projects must leave the maintained tables equal to a recount of the timeline. */
    @Test
    void theMaintainedSumsEqualARecountAfterConcurrentScoring() throws Exception {
        String east = municipality();
        String west = municipality();
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            projects.add(FakeProjectService.get().register(east, "Øst " + i));
            projects.add(FakeProjectService.get().register(west, "Vest " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                UUID project = projects.get(i % projects.size());
                String m = i % 2 == 0 ? east : west;
                int level = i % 6;
                done.add(pool.submit(() -> assess(assessor(m), project, assessment(level, 5 - level, 3, 4, 2)).statusCode(201)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        List<String> maintained = rows("""
                select municipality, scored_projects, product_sum, bottleneck_behov, bottleneck_losning, bottleneck_ildsjel,
                       bottleneck_team, bottleneck_forankring
                  from municipality_score_aggregate where scored_projects > 0 order by municipality""");
        List<String> recounted = rows("""
                select municipality, count(*), sum(cast(behov as bigint) * losning * ildsjel * team * forankring),
                       count(*) filter (where low < 5 and behov = low), count(*) filter (where low < 5 and losning = low),
                       count(*) filter (where low < 5 and ildsjel = low), count(*) filter (where low < 5 and team = low),
                       count(*) filter (where low < 5 and forankring = low)
                  from (select distinct on (project_id) *, least(behov, losning, ildsjel, team, forankring) as low
                          from score_timeline order by project_id, scored_at desc, id desc) latest
                 group by municipality order by municipality""");
        assertEquals(recounted, maintained);
        assertEquals(3, of(aggregates(ANALYST), east).get("scoredProjects"));
        assertFalse(maintained.isEmpty());
    }

    private List<String> rows(String sql) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getResultList());
        return rows.stream().map(r -> Arrays.toString((Object[]) r)).toList();
    }

    @Test
    void namesNoProjectAndNoPerson() {
        String m = municipality();
        scored(m, 3, 3, 3, 3, 3);
        String body = given().header("Authorization", ANALYST).when().get(PATH).then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"municipality\":\"" + m + "\""));
        for (String personal : new String[] { "Prosjekt i", "assessor", "projectId", "\"id\"" }) {
            assertFalse(body.contains(personal), "the aggregates must not contain " + personal);
        }
    }

    @Test
    void onlyNetworkAnalystsAndServiceAccountsMayRead() {
        given().when().get(PATH)
                .then().log().ifValidationFails()
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        String m = municipality();
        for (String token : new String[] { employee(m), assessor(m), admin(m), user("panel", m, "panel-member") }) {
            given().header("Authorization", token)
                    .when().get(PATH)
                    .then().log().ifValidationFails()
                    .statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403)).body("instance", equalTo(PATH));
        }
    }
}
