package no.nyttiggjort.project.domain;

/** The municipal sector a project belongs to (sektor). */
public enum Sector {
    /** Oppvekst: kindergartens, schools, child welfare. */
    OPPVEKST,
    /** Helse og omsorg: health and care. */
    HELSE_OG_OMSORG,
    /** NAV and social services. */
    NAV_SOSIAL,
    /** Byggesak og teknisk: building applications and technical services. */
    BYGGESAK_TEKNISK,
    /** Plan: land-use and community planning. */
    PLAN,
    KULTUR,
    ADMINISTRASJON,
    ANNET
}
