package no.nyttiggjort.certification.programme.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.programme.domain.ModuleCompletion;

@ApplicationScoped
public class CompletionRepository implements PanacheRepositoryBase<ModuleCompletion, UUID> {

    public List<ModuleCompletion> ofEnrolment(UUID enrolmentId) {
        return list("enrolmentId", Sort.ascending("completedOn").and("id"), enrolmentId);
    }

    public boolean exists(UUID enrolmentId, UUID moduleId) {
        return count("enrolmentId = ?1 and moduleId = ?2", enrolmentId, moduleId) > 0;
    }
}
