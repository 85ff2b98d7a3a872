package no.nyttiggjort.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.ProjectStatus;
import no.nyttiggjort.project.domain.Sector;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** Another municipality's project is simply not found: existence must not leak across tenants. */
    public Optional<Project> findInMunicipality(UUID id, String municipality) {
        return find("id = :id and municipality = :municipality",
                Parameters.with("id", id).and("municipality", municipality)).firstResultOptional();
    }

    /** The same lookup, locking the row so changes to one project and its parts are made one at a time. */
    public Optional<Project> findInMunicipalityForUpdate(UUID id, String municipality) {
        return find("id = :id and municipality = :municipality",
                Parameters.with("id", id).and("municipality", municipality))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Project> search(ProjectSearch search, int pageIndex, int pageSize) {
        return query(search).page(Page.of(pageIndex, pageSize)).list();
    }

    public long count(ProjectSearch search) {
        return query(search).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Project> query(ProjectSearch search) {
        StringBuilder where = new StringBuilder("municipality = :municipality");
        Parameters params = Parameters.with("municipality", search.municipality());
        if (!search.includeArchived()) {
            where.append(" and status = :status");
            params.and("status", ProjectStatus.ACTIVE);
        }
        if (search.sector() != null) {
            where.append(" and sector = :sector");
            params.and("sector", search.sector());
        }
        if (search.text() != null) {
            where.append(" and (lower(title) like :text or lower(coalesce(description, '')) like :text"
                    + " or lower(coalesce(champion, '')) like :text)");
            params.and("text", "%" + escapeLike(search.text().toLowerCase()) + "%");
        }
        return find(where.toString(), Sort.descending("updatedAt").and("id"), params);
    }

    /** The user's text is matched literally: % and _ are not wildcards for them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public record ProjectSearch(String municipality, Sector sector, String text, boolean includeArchived) {
    }
}
