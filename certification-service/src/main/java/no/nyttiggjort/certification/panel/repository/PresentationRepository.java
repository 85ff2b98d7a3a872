package no.nyttiggjort.certification.panel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.certification.panel.domain.Presentation;

@ApplicationScoped
public class PresentationRepository implements PanacheRepositoryBase<Presentation, UUID> {

    public Optional<Presentation> inPanel(UUID panelId, UUID id) {
        return find("panelId = ?1 and id = ?2", panelId, id).firstResultOptional();
    }

    public boolean projectPresented(UUID panelId, UUID projectId) {
        return count("panelId = ?1 and projectId = ?2", panelId, projectId) > 0;
    }

    public List<Presentation> ofPanel(UUID panelId, int page, int size) {
        return find("panelId", Sort.ascending("scheduledAt").and("id"), panelId).page(Page.of(page, size)).list();
    }

    public List<Presentation> allOfPanel(UUID panelId) {
        return list("panelId", Sort.ascending("scheduledAt").and("id"), panelId);
    }

    public long countOfPanel(UUID panelId) {
        return count("panelId", panelId);
    }

    /** Every presentation an enrolment took part in, oldest first. */
    public List<Presentation> ofEnrolment(UUID enrolmentId) {
        return list("id in (select p.presentationId from PresentationParticipant p where p.enrolmentId = ?1)",
                Sort.ascending("scheduledAt").and("id"), enrolmentId);
    }
}
