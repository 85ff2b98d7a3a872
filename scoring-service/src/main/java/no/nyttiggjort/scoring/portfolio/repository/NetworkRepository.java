package no.nyttiggjort.scoring.portfolio.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.scoring.formula.Factor;

/**
 * Aggregates across every municipality over each scored project's latest score. They are sums kept
 * current by database triggers as projects are scored (migration V3), so reading them costs one small
 * row per municipality however long the score timeline grows. A factor counts as a project's bottleneck
 * when it is at the project's lowest level and that level is below 5, the same rule as
 * SuccessFormula.bottleneck.
 */
@ApplicationScoped
public class NetworkRepository {

    private static final String SQL = """
            select municipality, scored_projects, product_sum, bottleneck_behov, bottleneck_losning,
                   bottleneck_ildsjel, bottleneck_team, bottleneck_forankring
              from municipality_score_aggregate
             where scored_projects > 0
             order by municipality
            """;

    private final EntityManager em;

    public NetworkRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<NetworkRow> perMunicipality() {
        List<Object[]> rows = em.createNativeQuery(SQL).getResultList();
        return rows.stream().map(NetworkRepository::row).toList();
    }

    private static NetworkRow row(Object[] r) {
        Map<Factor, Long> counts = new EnumMap<>(Factor.class);
        Factor[] factors = Factor.values();
        for (int i = 0; i < factors.length; i++) {
            counts.put(factors[i], ((Number) r[3 + i]).longValue());
        }
        long projects = ((Number) r[1]).longValue();
        BigDecimal mean = BigDecimal.valueOf(((Number) r[2]).longValue())
                .divide(BigDecimal.valueOf(projects), MathContext.DECIMAL128);
        return new NetworkRow((String) r[0], projects, mean, counts);
    }
}
