package no.nyttiggjort.scoring.portfolio.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.Score;
import no.nyttiggjort.scoring.portfolio.repository.NetworkRepository;
import no.nyttiggjort.scoring.portfolio.repository.NetworkRow;

/**
 * What a network of municipalities may see: aggregates only. A municipality with fewer than
 * {@link #MINIMUM_PROJECTS} scored projects is left out and only counted, because a mean over one
 * or two projects is those projects' scores, which are that municipality's own business.
 */
@ApplicationScoped
public class NetworkService {

    public static final int MINIMUM_PROJECTS = 5;
    private static final BigDecimal PER_PRODUCT_UNIT = new BigDecimal("0.00032");

    private final NetworkRepository repository;

    public NetworkService(NetworkRepository repository) {
        this.repository = repository;
    }

    public record Network(Page<NetworkMunicipality> municipalities, long suppressedMunicipalities) {
    }

    public Network network(PageRequest page) {
        List<NetworkRow> rows = repository.perMunicipality();
        List<NetworkMunicipality> shown = rows.stream().filter(r -> r.scoredProjects() >= MINIMUM_PROJECTS)
                .map(NetworkService::municipality).toList();
        long suppressed = rows.size() - shown.size();
        int from = Math.min(shown.size(), page.offset());
        int to = (int) Math.min(shown.size(), (long) page.offset() + page.size());
        return new Network(page.of(shown.subList(from, to), shown.size()), suppressed);
    }

    /**
     * Every municipality with scored projects, for the network overview: the count always, the mean latest
     * score and the bottleneck counts only from {@link #MINIMUM_PROJECTS} scored projects on (the same rule as
     * {@link #network}, applied per municipality instead of leaving the municipality out).
     */
    public List<MunicipalityScores> perMunicipality() {
        return repository.perMunicipality().stream().map(row -> row.scoredProjects() >= MINIMUM_PROJECTS
                ? new MunicipalityScores(row.municipality(), row.scoredProjects(), false, meanScore(row),
                        row.bottleneckCounts())
                : new MunicipalityScores(row.municipality(), row.scoredProjects(), true, null, null)).toList();
    }

    /** @param bottlenecks per factor, how many projects have it among their weakest; null when suppressed */
    public record MunicipalityScores(String municipality, long scoredProjects, boolean suppressed, Score meanScore,
            Map<Factor, Long> bottlenecks) {
    }

    private static NetworkMunicipality municipality(NetworkRow row) {
        List<FactorCount> counts = Arrays.stream(Factor.values())
                .map(f -> new FactorCount(f, row.bottleneckCounts().get(f))).toList();
        return new NetworkMunicipality(row.municipality(), row.scoredProjects(), meanScore(row), counts);
    }

    private static Score meanScore(NetworkRow row) {
        return Score.ofFraction(row.meanProduct().multiply(PER_PRODUCT_UNIT));
    }
}
