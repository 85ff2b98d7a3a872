package no.nyttiggjort.certification.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A participant presenting in a presentation. */
@Entity
@Table(name = "presentation_participant")
public class PresentationParticipant {

    @Id
    private UUID id;

    @Column(name = "presentation_id", nullable = false)
    private UUID presentationId;

    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;

    protected PresentationParticipant() {
        // for JPA
    }

    public PresentationParticipant(UUID presentationId, UUID enrolmentId) {
        this.id = UUID.randomUUID();
        this.presentationId = presentationId;
        this.enrolmentId = enrolmentId;
    }

    public UUID getPresentationId() {
        return presentationId;
    }

    public UUID getEnrolmentId() {
        return enrolmentId;
    }
}
