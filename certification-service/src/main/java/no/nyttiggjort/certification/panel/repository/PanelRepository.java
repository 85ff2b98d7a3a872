package no.nyttiggjort.certification.panel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.panel.domain.Panel;

@ApplicationScoped
public class PanelRepository implements PanacheRepositoryBase<Panel, UUID> {

    public List<Panel> ofProgramme(UUID programmeId, int page, int size) {
        return find("programmeId", Sort.ascending("createdAt").and("id"), programmeId).page(Page.of(page, size)).list();
    }

    public long countOfProgramme(UUID programmeId) {
        return count("programmeId", programmeId);
    }

    /** Panels on which the user sits, whatever municipality runs them. */
    public List<Panel> withMember(String userId, int page, int size) {
        return find("id in (select m.panelId from PanelMember m where m.userId = ?1)",
                Sort.descending("createdAt").and("id"), userId).page(Page.of(page, size)).list();
    }

    public long countWithMember(String userId) {
        return count("id in (select m.panelId from PanelMember m where m.userId = ?1)", userId);
    }
}
