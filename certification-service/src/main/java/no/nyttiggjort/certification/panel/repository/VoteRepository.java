package no.nyttiggjort.certification.panel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.panel.domain.Vote;

@ApplicationScoped
public class VoteRepository implements PanacheRepositoryBase<Vote, UUID> {

    public List<Vote> ofPresentation(UUID presentationId) {
        return list("presentationId", Sort.ascending("castAt").and("id"), presentationId);
    }

    public boolean hasVoted(UUID presentationId, UUID memberId) {
        return count("presentationId = ?1 and memberId = ?2", presentationId, memberId) > 0;
    }
}
