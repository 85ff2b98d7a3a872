package no.nyttiggjort.certification.programme.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.certification.programme.domain.Programme;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    /** Another municipality's programme is simply not found: existence must not leak across tenants. */
    public Optional<Programme> findInMunicipality(UUID id, String municipality) {
        return find("id = :id and municipality = :municipality",
                Parameters.with("id", id).and("municipality", municipality)).firstResultOptional();
    }

    public List<Programme> listInMunicipality(String municipality, int page, int size) {
        return find("municipality", Sort.descending("startsOn").and("id"), municipality).page(Page.of(page, size)).list();
    }

    public long countInMunicipality(String municipality) {
        return count("municipality", municipality);
    }
}
