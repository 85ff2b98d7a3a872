package no.nyttiggjort.scoring.round.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.scoring.round.domain.RoundSubmission;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<RoundSubmission, UUID> {

    public List<RoundSubmission> ofRound(UUID roundId) {
        return list("roundId", Sort.ascending("submittedAt", "id"), roundId);
    }

    public boolean hasSubmitted(UUID roundId, String username) {
        return count("roundId = :round and assessorUsername = :username",
                Parameters.with("round", roundId).and("username", username)) > 0;
    }
}
