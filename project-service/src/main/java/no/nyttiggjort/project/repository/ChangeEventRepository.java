package no.nyttiggjort.project.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.ChangeType;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Visibility;

/**
 * The change feed's rows, written and read with SQL because their order is the point: an event's seq is
 * drawn from a sequence while holding a transaction-level advisory lock that is released only at commit,
 * so events commit in seq order and a reader that has seen seq n will never later find an event below n.
 */
@ApplicationScoped
public class ChangeEventRepository {

    /** The advisory lock key that serialises the feed's writers ("nytt" in ASCII). */
    private static final long FEED_LOCK = 0x6e797474L;

    private final EntityManager em;

    public ChangeEventRepository(EntityManager em) {
        this.em = em;
    }

    public record ChangeEvent(long seq, ChangeType type, UUID projectId, String municipality, Instant at, String action,
            ProjectStep step, ProjectStep fromStep, Visibility visibility, String relatedMunicipality, UUID relatedProject) {
    }

    public void append(ChangeType type, boolean network, UUID projectId, String municipality, Instant at, String action,
            ProjectStep step, ProjectStep fromStep, Visibility visibility, String relatedMunicipality, UUID relatedProject) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) l").setParameter("key", FEED_LOCK)
                .getSingleResult();
        em.createNativeQuery("insert into change_event (seq, type, project_id, municipality, network, at, action, step,"
                + " from_step, visibility, related_municipality, related_project) values (nextval('change_event_seq'),"
                + " :type, :project, :municipality, :network, :at, :action, :step, :fromStep, :visibility, :relatedM, :relatedP)")
                .setParameter("type", type.name())
                .setParameter("project", projectId)
                .setParameter("municipality", municipality)
                .setParameter("network", network)
                .setParameter("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .setParameter("action", action)
                .setParameter("step", step.name())
                .setParameter("fromStep", fromStep == null ? null : fromStep.name())
                .setParameter("visibility", visibility.name())
                .setParameter("relatedM", relatedMunicipality)
                .setParameter("relatedP", relatedProject)
                .executeUpdate();
    }

    /**
     * The municipality's own events and every network event after {@code after}, in order. Two index scans
     * (own events, network events of others) merged, so a far-behind cursor of a small municipality stays cheap.
     */
    @SuppressWarnings("unchecked")
    public List<ChangeEvent> after(String municipality, long after, int limit) {
        List<Object[]> rows = em.createNativeQuery("select * from ("
                + " (select " + COLUMNS + " from change_event where municipality = :m and seq > :after order by seq limit :limit)"
                + " union all"
                + " (select " + COLUMNS + " from change_event where network and municipality <> :m and seq > :after"
                + " order by seq limit :limit)) e order by seq limit :limit")
                .setParameter("m", municipality).setParameter("after", after).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(ChangeEventRepository::toEvent).toList();
    }

    private static final String COLUMNS = "seq, type, project_id, municipality, at, action, step, from_step, visibility,"
            + " related_municipality, related_project";

    private static ChangeEvent toEvent(Object[] r) {
        return new ChangeEvent(((Number) r[0]).longValue(), ChangeType.valueOf((String) r[1]), (UUID) r[2], (String) r[3],
                instant(r[4]), (String) r[5], ProjectStep.valueOf((String) r[6]),
                r[7] == null ? null : ProjectStep.valueOf((String) r[7]), Visibility.valueOf((String) r[8]), (String) r[9],
                (UUID) r[10]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
