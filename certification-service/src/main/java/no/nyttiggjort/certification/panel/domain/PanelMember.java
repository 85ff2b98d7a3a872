package no.nyttiggjort.certification.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A member of an expert panel; they may come from another municipality. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    @Id
    private UUID id;

    @Column(name = "panel_id", nullable = false)
    private UUID panelId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4)
    private String municipality;

    /** The member's role on the panel, e.g. "Rådmann i nabokommunen" or "Hovedtillitsvalgt". */
    @Column(name = "panel_role", nullable = false, length = 200)
    private String panelRole;

    protected PanelMember() {
        // for JPA
    }

    public PanelMember(UUID panelId, String userId, String name, String municipality, String panelRole) {
        this.id = UUID.randomUUID();
        this.panelId = panelId;
        this.userId = userId;
        this.name = name;
        this.municipality = municipality;
        this.panelRole = panelRole;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPanelId() {
        return panelId;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getPanelRole() {
        return panelRole;
    }
}
