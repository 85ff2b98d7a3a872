package no.nyttiggjort.certification.panel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.panel.domain.PresentationParticipant;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<PresentationParticipant, UUID> {

    public List<UUID> enrolmentsOf(UUID presentationId) {
        return list("presentationId", presentationId).stream().map(PresentationParticipant::getEnrolmentId).toList();
    }
}
