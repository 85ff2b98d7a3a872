package no.nyttiggjort.certification.programme.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.certification.programme.domain.Enrolment;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    public Optional<Enrolment> findInMunicipality(UUID id, String municipality) {
        return find("id = :id and municipality = :municipality",
                Parameters.with("id", id).and("municipality", municipality)).firstResultOptional();
    }

    public boolean isEnrolled(UUID programmeId, String userId) {
        return count("programmeId = ?1 and userId = ?2", programmeId, userId) > 0;
    }

    public List<Enrolment> ofProgramme(UUID programmeId, int page, int size) {
        return find("programmeId", Sort.ascending("name").and("id"), programmeId).page(Page.of(page, size)).list();
    }

    public long countOfProgramme(UUID programmeId) {
        return count("programmeId", programmeId);
    }

    public List<Enrolment> ofUser(String userId, int page, int size) {
        return find("userId", Sort.descending("createdAt").and("id"), userId).page(Page.of(page, size)).list();
    }

    public long countOfUser(String userId) {
        return count("userId", userId);
    }

    public List<Enrolment> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.ascending("name").and("id"), ids);
    }
}
