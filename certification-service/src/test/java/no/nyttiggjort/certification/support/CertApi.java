package no.nyttiggjort.certification.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.nyttiggjort.testsupport.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test helpers: callers of made-up municipalities, and the steps from programme to passed exam. */
public final class CertApi {

    public static final String BASE = "/api/v1/certification";

    private CertApi() {
    }

    public static String freshMunicipality() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(5000, 10000));
    }

    public static String programmeAdmin(String m) {
        return TestTokens.user("padmin-" + m).municipality(m).roles("employee", "programme-admin").bearer();
    }

    public static String municipalityAdmin(String m) {
        return TestTokens.user("madmin-" + m).municipality(m).roles("employee", "municipality-admin").bearer();
    }

    public static String employee(String username, String m) {
        return TestTokens.user(username).municipality(m).roles("employee").bearer();
    }

    public static String panelist(String username, String m) {
        return TestTokens.user(username).municipality(m).roles("panel-member").bearer();
    }

    public static String analyst(String m) {
        return TestTokens.user("analyst-" + m).municipality(m).roles("network-analyst").bearer();
    }

    public static String subject(String username) {
        return TestTokens.user(username).subject();
    }

    /** A project that the fake project-service shows to callers of municipality m. */
    public static String project(String m, String title) {
        String id = UUID.randomUUID().toString();
        fake("/__fake/projects/" + id, Map.of("municipality", m, "title", title));
        return id;
    }

    /** Makes the fake project-service fail for this project with the given status. */
    public static String failingProject(int status) {
        String id = UUID.randomUUID().toString();
        fake("/__fake/projects/" + id, Map.of("municipality", "0000", "title", "-", "status", status));
        return id;
    }

    public static void score(String projectId, double percent) {
        fake("/__fake/scores/" + projectId, Map.of("percent", percent));
    }

    public static void scoreFails(String projectId, int status) {
        fake("/__fake/scores/" + projectId, Map.of("status", status));
    }

    private static void fake(String path, Map<String, Object> body) {
        given().baseUri(ConfigProvider.getConfig().getValue("fake-neighbours.url", String.class)).port(-1)
                .contentType(ContentType.JSON).body(body)
                .when().put(path).then().statusCode(204);
    }

    public static Map<String, Object> programmeBody(int modules) {
        List<Map<String, Object>> list = new ArrayList<>();
        String[] names = { "Behov – Løsning – Test", "Suksessformelen", "Involvering av innbyggere", "Realisering" };
        for (int i = 0; i < modules; i++) {
            list.add(Map.of("name", names[i % names.length] + " " + (i + 1), "description", "Modul " + (i + 1), "hours", 6));
        }
        return Map.of("name", "Innovasjonsagenter " + UUID.randomUUID().toString().substring(0, 8),
                "description", "Opplæring av nøkkelpersoner", "startsOn", LocalDate.now().minusMonths(5).toString(),
                "endsOn", LocalDate.now().plusMonths(1).toString(), "modules", list);
    }

    public static ValidatableResponse post(String token, String path, Object body, Object... params) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(BASE + path, params).then().log().ifValidationFails();
    }

    public static ValidatableResponse get(String token, String path, Object... params) {
        return given().header("Authorization", token).when().get(BASE + path, params).then().log().ifValidationFails();
    }

    public static String createProgramme(String token, int modules) {
        return post(token, "/programmes", programmeBody(modules)).statusCode(201).extract().path("id");
    }

    public static List<String> moduleIds(String token, String programmeId) {
        return get(token, "/programmes/{id}", programmeId).statusCode(200).extract().path("modules.id");
    }

    public static String enrol(String token, String programmeId, String username, String name, String projectId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("userId", subject(username), "name", name,
                "email", username + "@demo.nyttiggjort.no", "unit", "Rådhuset", "profession", "Rådgiver"));
        if (projectId != null) {
            body.put("examProjectId", projectId);
        }
        return post(token, "/programmes/{id}/enrolments", body, programmeId).statusCode(201).extract().path("id");
    }

    public static void completeAll(String token, String enrolmentId, List<String> moduleIds) {
        for (String module : moduleIds) {
            post(token, "/enrolments/{id}/completions",
                    Map.of("moduleId", module, "completedOn", LocalDate.now().minusDays(1).toString()), enrolmentId)
                    .statusCode(201);
        }
    }

    /** A panel whose members are the given panelist usernames, all from municipality 3026. */
    public static String panel(String token, String programmeId, String... members) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String member : members) {
            list.add(Map.of("userId", subject(member), "name", member, "municipality", "3026", "role", "Panelmedlem"));
        }
        return post(token, "/programmes/{id}/panels", Map.of("name", "Ekspertpanel", "members", list), programmeId)
                .statusCode(201).extract().path("id");
    }

    public static String presentation(String token, String panelId, String projectId, String... enrolmentIds) {
        return post(token, "/panels/{id}/presentations", Map.of("projectId", projectId,
                "enrolmentIds", List.of(enrolmentIds), "scheduledAt", "2026-05-26T09:00:00+02:00"), panelId)
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse vote(String member, String panelId, String presentationId, String verdict) {
        return post(panelist(member, "3026"), "/panels/{p}/presentations/{id}/votes",
                Map.of("verdict", verdict, "comment", "Vurdering fra " + member), panelId, presentationId);
    }

    /** Everything up to a passed exam: a programme, one participant with every module done, a 3-member panel voting PASS. */
    public static Exam passedExam(String m) {
        String admin = programmeAdmin(m);
        String programmeId = createProgramme(admin, 2);
        String projectId = project(m, "Aktivitetsplikt: fra plikt til privilegium");
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        String enrolmentId = enrol(admin, programmeId, username, "Kari Nordmann", projectId);
        completeAll(admin, enrolmentId, moduleIds(admin, programmeId));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String[] members = { "chief-" + suffix, "mayor-" + suffix, "union-" + suffix };
        String panelId = panel(admin, programmeId, members);
        String presentationId = presentation(admin, panelId, projectId, enrolmentId);
        for (String member : members) {
            vote(member, panelId, presentationId, "PASS").statusCode(201);
        }
        return new Exam(m, admin, programmeId, projectId, username, enrolmentId, panelId, presentationId, members);
    }

    public record Exam(String municipality, String admin, String programmeId, String projectId, String username,
            String enrolmentId, String panelId, String presentationId, String[] members) {
    }

    public static String issue(Exam exam) {
        return post(exam.admin(), "/enrolments/{id}/certificate", null, exam.enrolmentId()).statusCode(201)
                .extract().path("id");
    }
}
