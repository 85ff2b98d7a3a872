package no.nyttiggjort.certification.panel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.certification.panel.domain.PanelMember;

@ApplicationScoped
public class PanelMemberRepository implements PanacheRepositoryBase<PanelMember, UUID> {

    public List<PanelMember> ofPanel(UUID panelId) {
        return list("panelId", Sort.ascending("name").and("id"), panelId);
    }

    public Optional<PanelMember> find(UUID panelId, String userId) {
        return find("panelId = ?1 and userId = ?2", panelId, userId).firstResultOptional();
    }
}
