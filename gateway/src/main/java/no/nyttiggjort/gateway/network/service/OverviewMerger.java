package no.nyttiggjort.gateway.network.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.nyttiggjort.gateway.network.client.AggregateSource;
import no.nyttiggjort.gateway.network.client.AggregateUnavailable;
import no.nyttiggjort.gateway.network.client.ServiceAggregates;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Certification;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Municipality;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Part;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Projects;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Score;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Scores;
import no.nyttiggjort.gateway.network.service.NetworkOverview.Unavailable;

/**
 * Joins the three services' aggregates by municipality number. A municipality one service knows and another
 * does not simply has nothing there yet: no projects, nothing scored, no certified agents.
 */
final class OverviewMerger {

    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{4}");
    private static final Projects NO_PROJECTS = new Projects(NetworkOverview.AVAILABLE, 0, zeros(NetworkOverview.STEPS),
            null, 0, 0);
    private static final Scores NOTHING_SCORED = new Scores(NetworkOverview.AVAILABLE, 0, false, null,
            zeros(NetworkOverview.FACTORS));
    private static final Certification NO_AGENTS = new Certification(NetworkOverview.AVAILABLE, 0L, false);

    private OverviewMerger() {
    }

    static Map<String, Projects> projects(ServiceAggregates.Projects answer) {
        return index(answer.municipalities(), ServiceAggregates.MunicipalityProjects::municipality, OverviewMerger::projects);
    }

    static Map<String, Scores> scores(ServiceAggregates.Scores answer) {
        return index(answer.municipalities(), ServiceAggregates.MunicipalityScores::municipality, OverviewMerger::scores);
    }

    static Map<String, Certification> certification(ServiceAggregates.Certification answer) {
        return index(answer.municipalities(), ServiceAggregates.MunicipalityAgents::municipality,
                OverviewMerger::certification);
    }

    /** Each part by municipality number, or empty when its service gave no usable answer. */
    static NetworkOverview merge(Instant generatedAt, Optional<Map<String, Projects>> projects,
            Optional<Map<String, Scores>> scores, Optional<Map<String, Certification>> certification) {
        TreeSet<String> numbers = new TreeSet<>();
        projects.ifPresent(p -> numbers.addAll(p.keySet()));
        scores.ifPresent(s -> numbers.addAll(s.keySet()));
        certification.ifPresent(c -> numbers.addAll(c.keySet()));
        List<Municipality> municipalities = new ArrayList<>(numbers.size());
        for (String number : numbers) {
            municipalities.add(new Municipality(number,
                    part(projects, number, NO_PROJECTS),
                    part(scores, number, NOTHING_SCORED),
                    part(certification, number, NO_AGENTS)));
        }
        List<String> unavailable = new ArrayList<>(3);
        if (projects.isEmpty()) {
            unavailable.add(AggregateSource.PROJECTS.part());
        }
        if (scores.isEmpty()) {
            unavailable.add(AggregateSource.SCORES.part());
        }
        if (certification.isEmpty()) {
            unavailable.add(AggregateSource.CERTIFICATION.part());
        }
        return new NetworkOverview(generatedAt.truncatedTo(ChronoUnit.MILLIS).toString(), List.copyOf(unavailable),
                List.copyOf(municipalities));
    }

    private static <P extends Part> Part part(Optional<Map<String, P>> answer, String municipality, P none) {
        return answer.<Part>map(byNumber -> byNumber.getOrDefault(municipality, none)).orElse(Unavailable.INSTANCE);
    }

    /** A service's list by municipality number; an entry without a valid number makes the whole answer unusable. */
    private static <T, P> Map<String, P> index(List<T> entries, Function<T, String> number, Function<T, P> part) {
        if (entries == null) {
            throw new AggregateUnavailable("the answer has no municipalities");
        }
        Map<String, P> indexed = new TreeMap<>();
        for (T entry : entries) {
            String municipality = number.apply(entry);
            if (municipality == null || !MUNICIPALITY_NUMBER.matcher(municipality).matches()) {
                throw new AggregateUnavailable("the answer names a municipality as " + municipality);
            }
            if (indexed.put(municipality, part.apply(entry)) != null) {
                throw new AggregateUnavailable("the answer names municipality " + municipality + " twice");
            }
        }
        return indexed;
    }

    private static Projects projects(ServiceAggregates.MunicipalityProjects p) {
        return new Projects(NetworkOverview.AVAILABLE, p.projects(), inOrder(NetworkOverview.STEPS, p.byStep()),
                p.nyttiggjortRate(), p.adoptionsIn(), p.adoptionsOut());
    }

    private static Scores scores(ServiceAggregates.MunicipalityScores s) {
        Score mean = s.meanScore() == null ? null : new Score(s.meanScore().value(), s.meanScore().percent());
        Map<String, Long> bottlenecks = s.bottlenecks() == null ? null : inOrder(NetworkOverview.FACTORS, s.bottlenecks());
        return new Scores(NetworkOverview.AVAILABLE, s.scoredProjects(), s.suppressed(), s.suppressed() ? null : mean,
                s.suppressed() ? null : bottlenecks);
    }

    private static Certification certification(ServiceAggregates.MunicipalityAgents a) {
        return new Certification(NetworkOverview.AVAILABLE, a.suppressed() ? null : a.certifiedAgents(), a.suppressed());
    }

    /** The known keys in their own order, 0 for any the service left out. */
    private static Map<String, Long> inOrder(List<String> keys, Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String key : keys) {
            ordered.put(key, counts == null ? 0L : counts.getOrDefault(key, 0L));
        }
        return ordered;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        return keys.stream().collect(Collectors.toMap(Function.identity(), k -> 0L, (a, b) -> a, LinkedHashMap::new));
    }
}
