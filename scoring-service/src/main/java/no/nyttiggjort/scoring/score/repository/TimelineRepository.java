package no.nyttiggjort.scoring.score.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.scoring.formula.FactorScores;

/**
 * Reads the score_timeline view (assessments and closed rounds in one list). Native SQL because
 * "the latest entry per project" is PostgreSQL's DISTINCT ON, which JPQL does not have.
 */
@ApplicationScoped
public class TimelineRepository {

    private static final String COLUMNS = "kind, id, project_id, municipality, project_title, scored_at, "
            + "behov, losning, ildsjel, team, forankring, assessor_count";
    private static final String NEWEST_FIRST = " order by scored_at desc, id desc";
    private static final String LATEST_PER_PROJECT = "select distinct on (project_id) " + COLUMNS
            + " from score_timeline where municipality = :municipality order by project_id, scored_at desc, id desc";

    private final EntityManager em;

    public TimelineRepository(EntityManager em) {
        this.em = em;
    }

    public List<TimelineEntry> history(UUID projectId, String municipality, int pageIndex, int pageSize) {
        Query q = em.createNativeQuery("select " + COLUMNS + " from score_timeline"
                + " where project_id = :project and municipality = :municipality" + NEWEST_FIRST);
        return rows(q.setParameter("project", projectId).setParameter("municipality", municipality)
                .setFirstResult(pageIndex * pageSize).setMaxResults(pageSize));
    }

    /** The latest entry whatever the municipality: only for services, which checked tenancy on their side. */
    public Optional<TimelineEntry> latestOfAnyMunicipality(UUID projectId) {
        Query q = em.createNativeQuery("select " + COLUMNS + " from score_timeline where project_id = :project"
                + NEWEST_FIRST);
        return rows(q.setParameter("project", projectId).setMaxResults(1)).stream().findFirst();
    }

    public long countHistory(UUID projectId, String municipality) {
        Object count = em.createNativeQuery("select count(*) from score_timeline"
                        + " where project_id = :project and municipality = :municipality")
                .setParameter("project", projectId).setParameter("municipality", municipality).getSingleResult();
        return ((Number) count).longValue();
    }

    public Optional<TimelineEntry> latest(UUID projectId, String municipality) {
        return history(projectId, municipality, 0, 1).stream().findFirst();
    }

    /** Every scored project of a municipality with its latest entry. */
    public List<TimelineEntry> latestPerProject(String municipality) {
        return rows(em.createNativeQuery(LATEST_PER_PROJECT).setParameter("municipality", municipality));
    }

    @SuppressWarnings("unchecked")
    private static List<TimelineEntry> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(TimelineRepository::entry).toList();
    }

    static TimelineEntry entry(Object[] r) {
        FactorScores levels = FactorScores.of(level(r[6]), level(r[7]), level(r[8]), level(r[9]), level(r[10]));
        return new TimelineEntry(TimelineEntry.Kind.valueOf(r[0].toString()), uuid(r[1]), uuid(r[2]), (String) r[3],
                (String) r[4], instant(r[5]), levels, ((Number) r[11]).intValue());
    }

    private static int level(Object value) {
        return ((Number) value).intValue();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** The JDBC driver and Hibernate version decide which time type a native query returns; accept each. */
    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass().getName());
    }
}
