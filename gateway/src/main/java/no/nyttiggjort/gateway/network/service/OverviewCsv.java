package no.nyttiggjort.gateway.network.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Certification;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Municipality;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Projects;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Scores;

/**
 * The overview as open data: RFC 4180 CSV in UTF-8 with a header row and CRLF line ends, one row per
 * municipality. A value that is withheld or whose service did not answer is an empty cell; the three status
 * columns say which (available, suppressed or unavailable).
 */
final class OverviewCsv {

    static final List<String> COLUMNS = columns();

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = schema();

    private OverviewCsv() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("municipality", "projects_status", "projects"));
        NetworkOverview.STEPS.forEach(step -> columns.add(step.toLowerCase(Locale.ROOT)));
        columns.addAll(List.of("nyttiggjort_rate", "adoptions_in", "adoptions_out",
                "scores_status", "scored_projects", "mean_score", "mean_score_percent"));
        NetworkOverview.FACTORS.forEach(factor -> columns.add("bottleneck_" + factor.toLowerCase(Locale.ROOT)));
        columns.addAll(List.of("certification_status", "certified_agents"));
        return List.copyOf(columns);
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n").setNullValue("");
        COLUMNS.forEach(builder::addColumn);
        return builder.build();
    }

    static byte[] render(NetworkOverview overview) {
        List<Map<String, String>> rows = new ArrayList<>(overview.municipalities().size());
        for (Municipality m : overview.municipalities()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("municipality", m.municipality());
            projects(row, m.projects());
            scores(row, m.scores());
            certification(row, m.certification());
            rows.add(row);
        }
        try {
            return CSV.writer(SCHEMA).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            // Strings in a fixed schema always serialise; this keeps the compiler's contract.
            throw new IllegalStateException("The overview could not be written as CSV", e);
        }
    }

    private static void projects(Map<String, String> row, NetworkOverview.Part part) {
        row.put("projects_status", part.status());
        if (part instanceof Projects p) {
            row.put("projects", Long.toString(p.total()));
            p.byStep().forEach((step, count) -> row.put(step.toLowerCase(Locale.ROOT), Long.toString(count)));
            row.put("nyttiggjort_rate", plain(p.nyttiggjortRate()));
            row.put("adoptions_in", Long.toString(p.adoptionsIn()));
            row.put("adoptions_out", Long.toString(p.adoptionsOut()));
        }
    }

    private static void scores(Map<String, String> row, NetworkOverview.Part part) {
        if (part instanceof Scores s) {
            row.put("scores_status", s.suppressed() ? "suppressed" : s.status());
            row.put("scored_projects", Long.toString(s.scoredProjects()));
            if (s.meanScore() != null) {
                row.put("mean_score", plain(s.meanScore().value()));
                row.put("mean_score_percent", plain(s.meanScore().percent()));
            }
            if (s.bottlenecks() != null) {
                s.bottlenecks().forEach((factor, count) ->
                        row.put("bottleneck_" + factor.toLowerCase(Locale.ROOT), Long.toString(count)));
            }
        } else {
            row.put("scores_status", part.status());
        }
    }

    private static void certification(Map<String, String> row, NetworkOverview.Part part) {
        if (part instanceof Certification c) {
            row.put("certification_status", c.suppressed() ? "suppressed" : c.status());
            row.put("certified_agents", c.certifiedAgents() == null ? null : Long.toString(c.certifiedAgents()));
        } else {
            row.put("certification_status", part.status());
        }
    }

    /** Decimals as written, never in exponent notation. */
    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
