package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Sector;

/** What a municipality's projects add up to: counts, the nyttiggjort rate and the BLT loops. No personal data. */
@ApplicationScoped
public class SummaryService {

    private final EntityManager em;
    private final Caller caller;

    public SummaryService(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /**
     * @param nyttiggjortRate IN_USE ÷ (IN_USE + STOPPED); null while no project has ended
     * @param medianBltLoops the median number of BLT tests per project (projects without tests count as 0); null without projects
     */
    public record Summary(String municipality, long projects, Map<ProjectStep, Long> byStep, Map<Sector, Long> bySector,
            Double nyttiggjortRate, Double medianBltLoops) {
    }

    /**
     * The one definition of the nyttiggjort rate, shared with the network aggregates: of the projects that have
     * ended, the share put to use, IN_USE ÷ (IN_USE + STOPPED); null while none has ended.
     */
    public static Double nyttiggjortRate(Map<ProjectStep, Long> byStep) {
        long inUse = byStep.getOrDefault(ProjectStep.IN_USE, 0L);
        long ended = inUse + byStep.getOrDefault(ProjectStep.STOPPED, 0L);
        return ended == 0 ? null : (double) inUse / ended;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Summary of(boolean includeArchived) {
        String municipality = caller.municipality();
        String archived = includeArchived ? "" : " and p.status = 'ACTIVE'";
        Map<ProjectStep, Long> byStep = new EnumMap<>(ProjectStep.class);
        for (ProjectStep step : ProjectStep.values()) {
            byStep.put(step, 0L);
        }
        Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            bySector.put(sector, 0L);
        }
        long total = 0;
        List<Object[]> rows = em.createNativeQuery("select p.step, p.sector, count(*) from project p where p.municipality = :m"
                + archived + " group by p.step, p.sector").setParameter("m", municipality).getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            byStep.merge(ProjectStep.valueOf((String) row[0]), count, Long::sum);
            bySector.merge(Sector.valueOf((String) row[1]), count, Long::sum);
            total += count;
        }
        Double rate = nyttiggjortRate(byStep);
        Double median = null;
        if (total > 0) {
            Object value = em.createNativeQuery("select percentile_cont(0.5) within group (order by coalesce(t.loops, 0))"
                    + " from project p left join (select b.project_id, count(*) as loops from blt_test b"
                    + " join project q on q.id = b.project_id where q.municipality = :m group by b.project_id) t"
                    + " on t.project_id = p.id where p.municipality = :m" + archived)
                    .setParameter("m", municipality).getSingleResult();
            median = value == null ? null : ((Number) value).doubleValue();
        }
        return new Summary(municipality, total, byStep, bySector, rate, median);
    }
}
