package no.nyttiggjort.certification.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.CertificateEvent;

@ApplicationScoped
public class CertificateEventRepository implements PanacheRepositoryBase<CertificateEvent, UUID> {

    public List<CertificateEvent> ofCertificate(UUID certificateId, int page, int size) {
        return find("certificateId", Sort.ascending("occurredAt").and("id"), certificateId).page(Page.of(page, size)).list();
    }

    public long countOfCertificate(UUID certificateId) {
        return count("certificateId", certificateId);
    }
}
