package no.nyttiggjort.certification.certificate.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Certified agents per municipality from the table that a trigger recounts whenever a certificate is issued,
 * renewed or revoked (migration V3). A row's count holds from its computed_at up to its expires_at; a row read
 * at an instant outside that span (a certificate has expired since, or the service's clock is behind the
 * database's) is recounted at that instant, so expiry needs no scheduled job to be honest.
 */
@ApplicationScoped
public class CertifiedAgentsRepository {

    private final EntityManager em;

    public CertifiedAgentsRepository(EntityManager em) {
        this.em = em;
    }

    public record MunicipalityAgents(String municipality, long certifiedAgents) {
    }

    /** Call within a transaction: a recount writes the municipality's row. */
    @SuppressWarnings("unchecked")
    public List<MunicipalityAgents> at(Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                select municipality, certified_agents,
                       computed_at <= :now and (expires_at is null or :now < expires_at) as holds
                  from municipality_certified_agents
                 order by municipality""")
                .setParameter("now", utc(now)).getResultList();
        List<MunicipalityAgents> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String municipality = (String) row[0];
            long agents = Boolean.TRUE.equals(row[2]) ? ((Number) row[1]).longValue() : recount(municipality, now);
            result.add(new MunicipalityAgents(municipality, agents));
        }
        return result;
    }

    private long recount(String municipality, Instant now) {
        Object agents = em.createNativeQuery("select certified_agents_refresh(:m, :now)")
                .setParameter("m", municipality).setParameter("now", utc(now)).getSingleResult();
        return ((Number) agents).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
