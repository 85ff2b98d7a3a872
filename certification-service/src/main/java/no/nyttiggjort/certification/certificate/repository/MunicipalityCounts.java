package no.nyttiggjort.certification.certificate.repository;

public record MunicipalityCounts(String municipality, long active, long expired, long revoked) {

    public MunicipalityCounts(String municipality, Long active, Long expired, Long revoked) {
        this(municipality, active == null ? 0 : active.longValue(), expired == null ? 0 : expired.longValue(),
                revoked == null ? 0 : revoked.longValue());
    }

    public static MunicipalityCounts none(String municipality) {
        return new MunicipalityCounts(municipality, 0L, 0L, 0L);
    }
}
