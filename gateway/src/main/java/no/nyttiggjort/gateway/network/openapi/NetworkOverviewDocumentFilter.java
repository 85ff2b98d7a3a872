package no.nyttiggjort.gateway.network.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.gateway.network.service.NetworkOverview;
import no.nyttiggjort.gateway.network.web.NetworkOverviewRoute;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes GET /api/v1/network/overview in the one API document. The overview is a Vert.x route (see
 * {@link NetworkOverviewRoute}), which SmallRye OpenAPI does not scan, so it is described here. Runs before
 * the gateway's whole-document filter (a higher priority runs first), which then adds the security
 * requirements, 429 and the problem+json bodies of the error answers as for every other operation.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 100)
public class NetworkOverviewDocumentFilter implements OASFilter {

    static final String TAG = "Network";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String OVERVIEW = "NetworkOverview";
    private static final String MUNICIPALITY = "NetworkOverviewMunicipality";
    private static final String PROJECTS = "NetworkOverviewProjects";
    private static final String SCORES = "NetworkOverviewScores";
    private static final String SCORE = "NetworkOverviewScore";
    private static final String CERTIFICATION = "NetworkOverviewCertification";
    private static final String UNAVAILABLE = "NetworkOverviewUnavailable";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            openAPI.setPaths(OASFactory.createPaths());
        }
        openAPI.getPaths().addPathItem(NetworkOverviewRoute.PATH, OASFactory.createPathItem().GET(operation()));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        schemas(openAPI.getComponents());
        boolean tagged = openAPI.getTags() != null && openAPI.getTags().stream().anyMatch(t -> TAG.equals(t.getName()));
        if (!tagged) {
            openAPI.addTag(OASFactory.createTag().name(TAG)
                    .description("Aggregates across municipalities for KS-style networks: counts, never people"));
        }
    }

    private static Operation operation() {
        return OASFactory.createOperation()
                .operationId("getNetworkOverview")
                .addTag(TAG)
                .summary("Every municipality's projects, scores and certified agents in one overview")
                .description("""
                        For network analysts (role network-analyst). Per municipality, composed by the gateway from the \
                        services' aggregates: active projects per step, the nyttiggjort rate IN_USE ÷ (IN_USE + STOPPED), \
                        adoptions in and out (projects); scored projects, the mean latest score and how many projects \
                        have each factor as a bottleneck (scores); people with a valid certificate (certification). \
                        No project or person is named. Small groups are withheld by the service that owns the numbers: \
                        with fewer than 5 scored projects the mean and the bottlenecks are null and scores.suppressed is \
                        true; 1 to 4 certified agents are null with certification.suppressed true.

                        A part whose service is down or slow is {"status": "unavailable"} in every municipality and is \
                        named in the top-level `unavailable` list; the answer is 503 only when all three are unavailable.

                        The overview is composed at most every few seconds and served from memory: `generatedAt` says \
                        when the services were asked, and Cache-Control how long the answer stays current (a complete \
                        one 10 s, one with an unavailable part 2 s, by default).

                        `Accept: text/csv` gives the same as open data: RFC 4180 CSV in UTF-8 with a header row, one row \
                        per municipality, columns municipality, projects_status, projects, foundation, needs, explore, \
                        realise, in_use, stopped, nyttiggjort_rate, adoptions_in, adoptions_out, scores_status, \
                        scored_projects, mean_score, mean_score_percent, bottleneck_behov, bottleneck_losning, \
                        bottleneck_ildsjel, bottleneck_team, bottleneck_forankring, certification_status, \
                        certified_agents. A withheld or unavailable value is an empty cell; the status columns say \
                        available, suppressed or unavailable.""")
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse()
                                .description("The overview, complete or with unavailable parts")
                                .addHeader("Cache-Control", OASFactory.createHeader()
                                        .description("private, max-age: the seconds this overview stays current")
                                        .schema(string()))
                                .content(OASFactory.createContent()
                                        .addMediaType("application/json", OASFactory.createMediaType().schema(ref(OVERVIEW)))
                                        .addMediaType("text/csv", OASFactory.createMediaType().schema(string()
                                                .description("RFC 4180 CSV, UTF-8, header row, one row per municipality")))))
                        .addAPIResponse("401", problem("No valid bearer token"))
                        .addAPIResponse("403", problem("The caller is not a network analyst"))
                        .addAPIResponse("406", problem("Accept names neither application/json nor text/csv"))
                        .addAPIResponse("503", problem("None of the three services answered; try again after Retry-After")
                                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)))));
    }

    private static void schemas(Components components) {
        components.addSchema(OVERVIEW, object("The network overview", Map.of(
                "generatedAt", string().format("date-time").description("When the services were asked (UTC)"),
                "unavailable", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(string().enumeration(List.<Object>of("projects", "scores", "certification")))
                        .description("The parts no service answered for; empty when the overview is complete"),
                "municipalities", OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref(MUNICIPALITY))
                        .description("Every municipality any service knows, by municipality number")),
                "generatedAt", "unavailable", "municipalities"));
        components.addSchema(MUNICIPALITY, object("One municipality's parts", Map.of(
                "municipality", string().pattern("^[0-9]{4}$").examples(List.<Object>of("3053")),
                "projects", either(PROJECTS), "scores", either(SCORES), "certification", either(CERTIFICATION)),
                "municipality", "projects", "scores", "certification"));
        components.addSchema(PROJECTS, object("Projects, from project-service", Map.of(
                "status", available(),
                "total", count("Active (not archived) projects"),
                "byStep", OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .description("Active projects per step: " + String.join(", ", NetworkOverview.STEPS))
                        .additionalPropertiesSchema(count(null)),
                "nyttiggjortRate", nullable(SchemaType.NUMBER)
                        .description("IN_USE ÷ (IN_USE + STOPPED), 0 to 1; null while no project has ended"),
                "adoptionsIn", count("Projects adopted from another municipality's project"),
                "adoptionsOut", count("Adoptions of this municipality's projects by others")),
                "status", "total", "byStep", "nyttiggjortRate", "adoptionsIn", "adoptionsOut"));
        components.addSchema(SCORES, object("Success-formula scores, from scoring-service", Map.of(
                "status", available(),
                "scoredProjects", count("Projects with at least one score"),
                "suppressed", OASFactory.createSchema().addType(SchemaType.BOOLEAN)
                        .description("True with fewer than 5 scored projects: meanScore and bottlenecks are withheld"),
                "meanScore", OASFactory.createSchema().oneOf(List.of(ref(SCORE), OASFactory.createSchema().addType(SchemaType.NULL)))
                        .description("Mean of each project's latest score; null when suppressed or nothing is scored"),
                "bottlenecks", OASFactory.createSchema().type(List.of(SchemaType.OBJECT, SchemaType.NULL))
                        .description("Per factor (" + String.join(", ", NetworkOverview.FACTORS) + "), the projects with it"
                                + " at their lowest level below 5; null when suppressed")
                        .additionalPropertiesSchema(count(null))),
                "status", "scoredProjects", "suppressed", "meanScore", "bottlenecks"));
        components.addSchema(SCORE, object("Π(level ÷ 5) as a fraction and as a percentage", Map.of(
                "value", OASFactory.createSchema().addType(SchemaType.NUMBER).description("0 to 1, five decimals"),
                "percent", OASFactory.createSchema().addType(SchemaType.NUMBER).description("0 to 100, one decimal")),
                "value", "percent"));
        components.addSchema(CERTIFICATION, object("Certified innovation agents, from certification-service", Map.of(
                "status", available(),
                "certifiedAgents", nullable(SchemaType.INTEGER)
                        .description("People holding a valid certificate (issued, not revoked, not expired); null when"
                                + " suppressed"),
                "suppressed", OASFactory.createSchema().addType(SchemaType.BOOLEAN)
                        .description("True when there are 1 to 4 and the count is withheld")),
                "status", "certifiedAgents", "suppressed"));
        components.addSchema(UNAVAILABLE, object("The service behind this part did not answer in time or at all", Map.of(
                "status", string().enumeration(List.<Object>of(NetworkOverview.UNAVAILABLE))), "status"));
    }

    private static Schema object(String description, Map<String, Schema> properties, String... order) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
        for (String name : order) {
            schema.addProperty(name, properties.get(name));
        }
        schema.setRequired(new ArrayList<>(List.of(order)));
        return schema;
    }

    private static Schema either(String part) {
        return OASFactory.createSchema().oneOf(List.of(ref(part), ref(UNAVAILABLE)));
    }

    private static Schema available() {
        return string().enumeration(List.<Object>of(NetworkOverview.AVAILABLE));
    }

    private static Schema count(String description) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ZERO);
        return description == null ? schema : schema.description(description);
    }

    private static Schema nullable(SchemaType type) {
        return OASFactory.createSchema().type(List.of(type, SchemaType.NULL));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(SCHEMAS + name);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(ref("Problem"))));
    }
}
