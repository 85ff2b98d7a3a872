package no.nyttiggjort.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.project.domain.BltTest;

@ApplicationScoped
public class BltTestRepository implements PanacheRepositoryBase<BltTest, UUID> {

    /** A part of another project is simply not found, so ids cannot be probed across projects or tenants. */
    public Optional<BltTest> findInProject(UUID id, UUID projectId) {
        return find("id = :id and projectId = :projectId", Parameters.with("id", id).and("projectId", projectId))
                .firstResultOptional();
    }

    /** In the order they were added. */
    public List<BltTest> pageOf(UUID projectId, int pageIndex, int pageSize) {
        return find("projectId", Sort.ascending("createdAt").and("id"), projectId).page(Page.of(pageIndex, pageSize)).list();
    }

    public List<BltTest> allOf(UUID projectId) {
        return list("projectId", Sort.ascending("createdAt").and("id"), projectId);
    }

    public long countOf(UUID projectId) {
        return count("projectId", projectId);
    }

    public long countReferencing(UUID needId) {
        return getEntityManager().createQuery("select count(t) from BltTest t join t.needIds n where n = :needId", Long.class)
                .setParameter("needId", needId).getSingleResult();
    }

    public long countUsingSolution(UUID solutionId) {
        return count("solutionId", solutionId);
    }

    /** The gate to REALISE: a test that confirmed its hypothesis and names at least one need. */
    public boolean hasConfirmedTestLinkedToANeed(UUID projectId) {
        return getEntityManager().createQuery("select count(t) from BltTest t join t.needIds n"
                + " where t.projectId = :projectId and t.outcome = no.nyttiggjort.project.domain.TestOutcome.CONFIRMED", Long.class)
                .setParameter("projectId", projectId).getSingleResult() > 0;
    }
}
