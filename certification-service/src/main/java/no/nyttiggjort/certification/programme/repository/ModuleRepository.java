package no.nyttiggjort.certification.programme.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;

@ApplicationScoped
public class ModuleRepository implements PanacheRepositoryBase<ProgrammeModule, UUID> {

    public List<ProgrammeModule> ofProgramme(UUID programmeId) {
        return list("programmeId", Sort.ascending("position"), programmeId);
    }
}
