package no.nyttiggjort.scoring.portfolio.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.scoring.formula.Factor;

/**
 * Aggregates across every municipality, computed in the database so only one row per
 * municipality leaves it. A factor counts as a project's bottleneck when it is at the project's
 * lowest level and that level is below 5, the same rule as SuccessFormula.bottleneck.
 */
@ApplicationScoped
public class NetworkRepository {

    private static final String SQL = """
            with latest as (
                select distinct on (project_id) municipality, behov, losning, ildsjel, team, forankring
                  from score_timeline
                 order by project_id, scored_at desc, id desc),
            graded as (
                select municipality, behov, losning, ildsjel, team, forankring,
                       cast(behov as integer) * losning * ildsjel * team * forankring as product,
                       least(behov, losning, ildsjel, team, forankring) as low
                  from latest)
            select municipality, count(*), avg(product),
                   sum(case when low < 5 and behov = low then 1 else 0 end),
                   sum(case when low < 5 and losning = low then 1 else 0 end),
                   sum(case when low < 5 and ildsjel = low then 1 else 0 end),
                   sum(case when low < 5 and team = low then 1 else 0 end),
                   sum(case when low < 5 and forankring = low then 1 else 0 end)
              from graded
             group by municipality
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
        BigDecimal mean = r[2] instanceof BigDecimal b ? b : new BigDecimal(r[2].toString());
        return new NetworkRow((String) r[0], ((Number) r[1]).longValue(), mean, counts);
    }
}
