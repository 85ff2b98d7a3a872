package no.nyttiggjort.scoring.portfolio.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.scoring.formula.Analysis;
import no.nyttiggjort.scoring.formula.Factor;
import no.nyttiggjort.scoring.formula.Score;
import no.nyttiggjort.scoring.formula.SuccessFormula;
import no.nyttiggjort.scoring.score.repository.TimelineEntry;
import no.nyttiggjort.scoring.score.repository.TimelineRepository;

/**
 * The caller's municipality's scored projects ranked by their latest score (a closed round's
 * consensus or a single assessment, whichever is newer). Ties rank the more recently scored first.
 */
@ApplicationScoped
public class PortfolioService {

    private static final Comparator<TimelineEntry> RANKING = Comparator
            .comparingInt((TimelineEntry e) -> e.levels().product()).reversed()
            .thenComparing(TimelineEntry::scoredAt, Comparator.reverseOrder())
            .thenComparing(TimelineEntry::projectId);

    /** 1 / 5^5: a product of five levels as a fraction of the best possible. */
    private static final BigDecimal PER_PRODUCT_UNIT = new BigDecimal("0.00032");

    private final TimelineRepository timeline;
    private final Caller caller;

    public PortfolioService(TimelineRepository timeline, Caller caller) {
        this.timeline = timeline;
        this.caller = caller;
    }

    public record Portfolio(PortfolioSummary summary, Page<PortfolioItem> projects) {
    }

    public Portfolio portfolio(PageRequest page) {
        List<TimelineEntry> ranked = timeline.latestPerProject(caller.municipality()).stream().sorted(RANKING).toList();
        List<PortfolioItem> items = new ArrayList<>();
        int end = (int) Math.min(ranked.size(), (long) page.offset() + page.size());
        for (int i = page.offset(); i < end; i++) {
            items.add(item(i + 1, ranked.get(i)));
        }
        return new Portfolio(summary(ranked), page.of(items, ranked.size()));
    }

    private static PortfolioItem item(int rank, TimelineEntry e) {
        Analysis a = SuccessFormula.analyse(e.levels());
        return new PortfolioItem(rank, e.projectId(), e.projectTitle(), e.kind(), e.scoredAt(), a.score(), a.blocked(),
                a.bottleneck(), a.recommendedFocus());
    }

    private static PortfolioSummary summary(List<TimelineEntry> entries) {
        long[] buckets = new long[5];
        long blocked = 0;
        long productSum = 0;
        long[] levelSums = new long[Factor.values().length];
        long[] bottlenecks = new long[Factor.values().length];
        for (TimelineEntry e : entries) {
            int product = e.levels().product();
            productSum += product;
            blocked += product == 0 ? 1 : 0;
            BigDecimal percent = Score.ofProduct(product).percent();
            buckets[Math.min(4, percent.intValue() / 20)]++;
            for (Factor f : Factor.values()) {
                levelSums[f.ordinal()] += e.levels().get(f);
            }
            SuccessFormula.bottleneck(e.levels()).forEach(f -> bottlenecks[f.ordinal()]++);
        }
        int n = entries.size();
        List<Bucket> distribution = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            distribution.add(new Bucket(i * 20, (i + 1) * 20, buckets[i]));
        }
        List<FactorMean> means = Arrays.stream(Factor.values())
                .map(f -> new FactorMean(f, n == 0 ? null : mean(levelSums[f.ordinal()], n, 2))).toList();
        List<FactorCount> counts = Arrays.stream(Factor.values())
                .map(f -> new FactorCount(f, bottlenecks[f.ordinal()])).toList();
        Score meanScore = n == 0 ? null : Score.ofFraction(mean(productSum, n, 10).multiply(PER_PRODUCT_UNIT));
        return new PortfolioSummary(n, meanScore, blocked, distribution, means, counts);
    }

    private static BigDecimal mean(long sum, int n, int scale) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_UP);
    }
}
