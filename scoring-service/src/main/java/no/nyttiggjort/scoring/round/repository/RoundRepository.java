package no.nyttiggjort.scoring.round.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.scoring.round.domain.Round;
import no.nyttiggjort.scoring.round.domain.RoundStatus;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<Round, UUID> {

    private static final String NAMING = "from Round r where :username member of r.assessors";

    /**
     * Locks the round's row: submissions and closing are serialised per round, so two last
     * submissions at the same moment cannot both miss that the round is complete.
     */
    public Optional<Round> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Rounds that name this login, newest first, optionally only those with a status. */
    public List<Round> naming(String username, RoundStatus status, int pageIndex, int pageSize) {
        TypedQuery<Round> query = getEntityManager()
                .createQuery("select r " + NAMING + statusFilter(status) + " order by r.createdAt desc, r.id", Round.class);
        bind(query, username, status);
        return query.setFirstResult(pageIndex * pageSize).setMaxResults(pageSize).getResultList();
    }

    public long countNaming(String username, RoundStatus status) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(r) " + NAMING + statusFilter(status), Long.class);
        bind(query, username, status);
        return query.getSingleResult();
    }

    private static String statusFilter(RoundStatus status) {
        return status == null ? "" : " and r.status = :status";
    }

    private static void bind(TypedQuery<?> query, String username, RoundStatus status) {
        query.setParameter("username", username);
        if (status != null) {
            query.setParameter("status", status);
        }
    }
}
