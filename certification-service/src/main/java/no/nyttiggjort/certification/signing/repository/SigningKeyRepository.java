package no.nyttiggjort.certification.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import no.nyttiggjort.certification.signing.domain.SigningKey;

@ApplicationScoped
public class SigningKeyRepository implements PanacheRepositoryBase<SigningKey, String> {

    public Optional<SigningKey> active() {
        return find("retiredAt is null").firstResultOptional();
    }

    public List<SigningKey> allNewestFirst() {
        return listAll(Sort.descending("createdAt").and("kid"));
    }

    /**
     * Serialises key creation across instances sharing the database, so two instances starting
     * together do not both create "the" active key.
     */
    public void lockKeyCreation() {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(7304001)) l")
                .getSingleResult();
    }
}
