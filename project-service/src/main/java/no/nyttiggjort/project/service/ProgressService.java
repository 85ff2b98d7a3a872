package no.nyttiggjort.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.project.domain.TestOutcome;
import no.nyttiggjort.project.repository.BltTestRepository;

/** What a single project reports about its BLT work and its benefits. */
@ApplicationScoped
public class ProgressService {

    private final BltTestRepository tests;
    private final BenefitService benefits;

    public ProgressService(BltTestRepository tests, BenefitService benefits) {
        this.tests = tests;
        this.benefits = benefits;
    }

    /**
     * @param bltLoops every recorded BLT test closes one loop of need, solution and test
     * @param daysFromFirstNeedToFirstConfirmedTest null until there is a need and a confirmed test
     */
    public record Progress(long bltLoops, Long daysFromFirstNeedToFirstConfirmedTest, List<BenefitService.BenefitView> benefits) {
    }

    @Transactional
    public Progress of(UUID projectId) {
        EntityManager em = tests.getEntityManager();
        LocalDate firstNeed = em.createQuery("select min(n.identifiedOn) from Need n where n.projectId = :p", LocalDate.class)
                .setParameter("p", projectId).getSingleResult();
        LocalDate firstConfirmed = em.createQuery("select min(t.testedOn) from BltTest t where t.projectId = :p and t.outcome = :o",
                LocalDate.class).setParameter("p", projectId).setParameter("o", TestOutcome.CONFIRMED).getSingleResult();
        Long days = firstNeed == null || firstConfirmed == null ? null
                : Math.max(0, ChronoUnit.DAYS.between(firstNeed, firstConfirmed));
        return new Progress(tests.countOf(projectId), days, benefits.all(projectId));
    }
}
