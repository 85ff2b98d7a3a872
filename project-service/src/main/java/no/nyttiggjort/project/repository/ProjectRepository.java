package no.nyttiggjort.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.ProjectStatus;
import no.nyttiggjort.project.domain.ProjectStep;
import no.nyttiggjort.project.domain.Sector;
import no.nyttiggjort.project.domain.Visibility;

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
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Locks any municipality's project (for adopting it: adoptions of one origin are made one at a time). */
    public Optional<Project> findForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Project> findAdoption(UUID origin, String municipality) {
        return find("adoptedFrom = :origin and municipality = :municipality",
                Parameters.with("origin", origin).and("municipality", municipality)).firstResultOptional();
    }

    /** The projects adopted from {@code origin}, first adoption first. */
    public List<Project> adoptionsOf(UUID origin, int pageIndex, int pageSize) {
        return find("adoptedFrom", Sort.ascending("createdAt").and("id"), origin).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countAdoptionsOf(UUID origin) {
        return count("adoptedFrom", origin);
    }

    public List<Project> search(ProjectSearch search, int pageIndex, int pageSize) {
        return query(search).page(Page.of(pageIndex, pageSize)).list();
    }

    public long count(ProjectSearch search) {
        return query(search).count();
    }

    private PanacheQuery<Project> query(ProjectSearch search) {
        StringBuilder where = new StringBuilder();
        Parameters params = new Parameters();
        if (search.network()) {
            where.append("visibility = :shared");
            params.and("shared", Visibility.SHARED);
        } else {
            where.append("municipality = :municipality");
            params.and("municipality", search.municipality());
            if (search.visibility() != null) {
                where.append(" and visibility = :visibility");
                params.and("visibility", search.visibility());
            }
        }
        if (!search.includeArchived()) {
            where.append(" and status = :status");
            params.and("status", ProjectStatus.ACTIVE);
        }
        if (search.step() != null) {
            where.append(" and step = :step");
            params.and("step", search.step());
        }
        if (search.sector() != null) {
            where.append(" and sector = :sector");
            params.and("sector", search.sector());
        }
        if (search.champion() != null) {
            where.append(" and (championUserId = :championId or lower(coalesce(champion, '')) like :championName)");
            params.and("championId", search.champion());
            params.and("championName", "%" + escapeLike(search.champion().toLowerCase()) + "%");
        }
        if (search.text() != null) {
            where.append(" and (lower(title) like :text or lower(coalesce(description, '')) like :text"
                    + " or lower(coalesce(champion, '')) like :text)");
            params.and("text", "%" + escapeLike(search.text().toLowerCase()) + "%");
        }
        if (search.updatedSince() != null) {
            where.append(" and updatedAt >= :updatedSince");
            params.and("updatedSince", search.updatedSince());
        }
        return find(where.toString(), search.sort().sort(), params);
    }

    /** The user's text is matched literally: % and _ are not wildcards for them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The orders a list may be given in; newest change first unless asked otherwise. Ties are broken by id. */
    public enum ProjectSort {
        UPDATED_AT_DESC("-updatedAt", Sort.descending("updatedAt").and("id")),
        UPDATED_AT_ASC("updatedAt", Sort.ascending("updatedAt").and("id")),
        CREATED_AT_DESC("-createdAt", Sort.descending("createdAt").and("id")),
        CREATED_AT_ASC("createdAt", Sort.ascending("createdAt").and("id")),
        TITLE_ASC("title", Sort.ascending("title").and("id")),
        TITLE_DESC("-title", Sort.descending("title").and("id"));

        private final String parameter;
        private final Sort sort;

        ProjectSort(String parameter, Sort sort) {
            this.parameter = parameter;
            this.sort = sort;
        }

        public String parameter() {
            return parameter;
        }

        Sort sort() {
            return sort;
        }

        public static Optional<ProjectSort> of(String parameter) {
            for (ProjectSort s : values()) {
                if (s.parameter.equals(parameter)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * @param network every municipality's SHARED projects instead of the caller's municipality's projects
     * @param champion the champion's user id, or text in the champion's name
     */
    public record ProjectSearch(String municipality, boolean network, ProjectStep step, Sector sector, Visibility visibility,
            String champion, String text, Instant updatedSince, boolean includeArchived, ProjectSort sort) {
    }
}
