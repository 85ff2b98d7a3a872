package no.nyttiggjort.common.security;

/** The realm roles of the nyttiggjort Keycloak realm. */
public final class Roles {

    public static final String EMPLOYEE = "employee";
    public static final String ASSESSOR = "assessor";
    public static final String PANEL_MEMBER = "panel-member";
    public static final String PROGRAMME_ADMIN = "programme-admin";
    public static final String MUNICIPALITY_ADMIN = "municipality-admin";
    public static final String NETWORK_ANALYST = "network-analyst";
    /**
     * A service account acting for itself (client credentials), for calls no user token can make,
     * such as reading a score for an exam panel whose members come from other municipalities.
     */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
