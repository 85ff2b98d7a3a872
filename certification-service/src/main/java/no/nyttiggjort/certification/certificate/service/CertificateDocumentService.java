package no.nyttiggjort.certification.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.nyttiggjort.certification.certificate.domain.Certificate;
import no.nyttiggjort.certification.certificate.pdf.CertificatePdf;
import no.nyttiggjort.certification.config.Municipalities;
import no.nyttiggjort.certification.config.PublicUrls;
import no.nyttiggjort.certification.programme.repository.ProgrammeRepository;

/** The printable certificate, for the same readers as the certificate itself. */
@ApplicationScoped
public class CertificateDocumentService {

    private final RegistryService registry;
    private final ProgrammeRepository programmes;
    private final Municipalities municipalities;
    private final PublicUrls urls;
    private final CertificatePdf pdf;

    public CertificateDocumentService(RegistryService registry, ProgrammeRepository programmes,
            Municipalities municipalities, PublicUrls urls, CertificatePdf pdf) {
        this.registry = registry;
        this.programmes = programmes;
        this.municipalities = municipalities;
        this.urls = urls;
        this.pdf = pdf;
    }

    @Transactional
    public byte[] pdf(UUID id) {
        Certificate c = registry.get(id);
        return pdf.render(new CertificatePdf.Content(c.getHolderName(), programmes.findById(c.getProgrammeId()).getName(),
                municipalities.name(c.getMunicipality()), c.getAwardedAt(), c.getValidUntil(), c.getId().toString(),
                urls.verification(c.getId())));
    }
}
