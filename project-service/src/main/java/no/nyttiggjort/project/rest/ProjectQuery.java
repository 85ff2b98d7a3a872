package no.nyttiggjort.project.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.web.QueryParams;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Sector;
import no.nyttiggjort.project.domain.Visibility;
import no.nyttiggjort.project.repository.ProjectRepository.ProjectSearch;
import no.nyttiggjort.project.repository.ProjectRepository.ProjectSort;

/** The list endpoint's query parameters, each checked by name so a bad one is a 400 naming it. */
final class ProjectQuery {

    private ProjectQuery() {
    }

    static ProjectSearch parse(String municipality, String scope, String step, String sector, String visibility, String champion,
            String q, String updatedSince, String sort, String archived) {
        boolean network = switch (scope == null || scope.isBlank() ? "municipality" : scope.strip()) {
            case "municipality" -> false;
            case "network" -> true;
            default -> throw ProblemException.invalidField("scope", "must be one of: municipality, network");
        };
        Visibility wanted = QueryParams.enumValue("visibility", visibility, Visibility.class);
        if (network && wanted == Visibility.MUNICIPALITY) {
            throw ProblemException.invalidField("visibility", "must be SHARED (or absent) with scope=network:"
                    + " other municipalities' private projects are not listed");
        }
        ProjectSort order = sort == null || sort.isBlank() ? ProjectSort.UPDATED_AT_DESC
                : ProjectSort.of(sort.strip()).orElseThrow(() -> ProblemException.invalidField("sort", "must be one of: "
                        + Arrays.stream(ProjectSort.values()).map(ProjectSort::parameter).collect(Collectors.joining(", "))));
        return new ProjectSearch(municipality, network, QueryParams.enumValue("step", step, ProjectStep.class),
                QueryParams.enumValue("sector", sector, Sector.class), wanted, blankToNull(champion), blankToNull(q),
                instant(updatedSince), QueryParams.bool("archived", archived), order);
    }

    private static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("updatedSince", "must be an ISO-8601 instant with offset, e.g. 2026-05-26T00:00:00Z");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
