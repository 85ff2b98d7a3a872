package no.nyttiggjort.scoring.portfolio.repository;

import java.math.BigDecimal;
import java.util.Map;
import no.nyttiggjort.scoring.formula.Factor;

/** One municipality's aggregate over its scored projects' latest scores. */
public record NetworkRow(String municipality, long scoredProjects, BigDecimal meanProduct,
        Map<Factor, Long> bottleneckCounts) {
}
