package no.nyttiggjort.certification.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.domain.CertificateStatus;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    /** What a status means in the database; renewed (replaced) certificates are left out of the registry. */
    private static final String CURRENT = "municipality = :municipality and replacedBy is null";
    private static final String ACTIVE = " and revokedAt is null and validUntil > :now";
    private static final String EXPIRED = " and revokedAt is null and validUntil <= :now";
    private static final String REVOKED = " and revokedAt is not null";

    public Optional<Certificate> findInMunicipality(UUID id, String municipality) {
        return find("id = :id and municipality = :municipality",
                Parameters.with("id", id).and("municipality", municipality)).firstResultOptional();
    }

    /** The person's current certificate for the achievement, revoked or not. */
    public Optional<Certificate> current(String municipality, String holderUserId, String achievementId) {
        return find(CURRENT + " and holderUserId = :holder and achievementId = :achievement",
                Parameters.with("municipality", municipality).and("holder", holderUserId).and("achievement", achievementId))
                .firstResultOptional();
    }

    public boolean indexUsed(String municipality, int index) {
        return count("municipality = ?1 and statusIndex = ?2", municipality, index) > 0;
    }

    public List<Integer> revokedIndexes(String municipality) {
        return find("select c.statusIndex from Certificate c where c.municipality = ?1 and c.revokedAt is not null",
                municipality).project(Integer.class).list();
    }

    public List<Certificate> registry(String municipality, CertificateStatus status, Instant now, int page, int size) {
        return registryQuery(municipality, status, now).page(Page.of(page, size)).list();
    }

    public long countRegistry(String municipality, CertificateStatus status, Instant now) {
        return registryQuery(municipality, status, now).count();
    }

    private PanacheQuery<Certificate> registryQuery(String municipality, CertificateStatus status, Instant now) {
        Parameters params = Parameters.with("municipality", municipality);
        String where = CURRENT;
        if (status != null) {
            where += switch (status) {
                case ACTIVE -> ACTIVE;
                case EXPIRED -> EXPIRED;
                case REVOKED -> REVOKED;
            };
            if (status != CertificateStatus.REVOKED) {
                params.and("now", now);
            }
        }
        return find(where, Sort.descending("issuedAt").and("id"), params);
    }

    /** Current certificates per status for every municipality that has any, by municipality number. */
    public List<MunicipalityCounts> countsPerMunicipality(Instant now, int page, int size) {
        return getEntityManager().createQuery("""
                select new no.nyttiggjort.certification.certificate.repository.MunicipalityCounts(c.municipality,
                    sum(case when c.revokedAt is null and c.validUntil > :now then 1 else 0 end),
                    sum(case when c.revokedAt is null and c.validUntil <= :now then 1 else 0 end),
                    sum(case when c.revokedAt is not null then 1 else 0 end))
                from Certificate c where c.replacedBy is null
                group by c.municipality order by c.municipality""", MunicipalityCounts.class)
                .setParameter("now", now).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public Optional<MunicipalityCounts> countsOf(String municipality, Instant now) {
        return getEntityManager().createQuery("""
                select new no.nyttiggjort.certification.certificate.repository.MunicipalityCounts(c.municipality,
                    sum(case when c.revokedAt is null and c.validUntil > :now then 1 else 0 end),
                    sum(case when c.revokedAt is null and c.validUntil <= :now then 1 else 0 end),
                    sum(case when c.revokedAt is not null then 1 else 0 end))
                from Certificate c where c.replacedBy is null and c.municipality = :municipality
                group by c.municipality""", MunicipalityCounts.class)
                .setParameter("now", now).setParameter("municipality", municipality).getResultStream().findFirst();
    }

    public long countMunicipalities() {
        return getEntityManager()
                .createQuery("select count(distinct c.municipality) from Certificate c where c.replacedBy is null", Long.class)
                .getSingleResult();
    }

    /**
     * Serialises issuing within one municipality, so a replayed bulk issue running beside the first
     * finds the certificates of the first instead of colliding with them.
     */
    public void lockIssuing(String municipality) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(7304002, ?1)) l")
                .setParameter(1, Integer.parseInt(municipality)).getSingleResult();
    }
}
