package no.nyttiggjort.certification.programme.service;

import static no.nyttiggjort.certification.common.Times.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.nyttiggjort.certification.programme.domain.Programme;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;
import no.nyttiggjort.certification.programme.repository.ModuleRepository;
import no.nyttiggjort.certification.programme.repository.ProgrammeRepository;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;

/** Programmes as one municipality sees them: every lookup is scoped to the caller's municipality. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final ModuleRepository modules;
    private final Caller caller;
    private final Clock clock;

    public ProgrammeService(ProgrammeRepository programmes, ModuleRepository modules, Caller caller, Clock clock) {
        this.programmes = programmes;
        this.modules = modules;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeView create(CreateProgrammeRequest request) {
        requirePeriod(request.startsOn(), request.endsOn());
        List<ModuleRequest> wanted = request.modules() == null ? List.of() : request.modules();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (!names.add(wanted.get(i).name().strip().toLowerCase())) {
                throw ProblemException.invalidField("modules[" + i + "].name", "is used by another module");
            }
        }
        Programme programme = new Programme(caller.municipality(), caller.subject(), clock.instant());
        programme.describe(clean(request.name()), clean(request.description()), request.startsOn(), request.endsOn(),
                clock.instant());
        programmes.persist(programme);
        for (int i = 0; i < wanted.size(); i++) {
            ModuleRequest m = wanted.get(i);
            modules.persist(new ProgrammeModule(programme.getId(), i + 1, clean(m.name()), clean(m.description()), m.hours()));
        }
        return new ProgrammeView(programme, modules.ofProgramme(programme.getId()));
    }

    @Transactional
    public ProgrammeView get(UUID id) {
        Programme programme = programme(id);
        return new ProgrammeView(programme, modules.ofProgramme(id));
    }

    /** The caller's municipality's programme, or 404. */
    @Transactional
    public Programme programme(UUID id) {
        return programmes.findInMunicipality(id, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Programme " + id));
    }

    @Transactional
    public Page<ProgrammeView> list(PageRequest page) {
        String municipality = caller.municipality();
        List<ProgrammeView> items = programmes.listInMunicipality(municipality, page.page(), page.size()).stream()
                .map(p -> new ProgrammeView(p, modules.ofProgramme(p.getId()))).toList();
        return page.of(items, programmes.countInMunicipality(municipality));
    }

    @Transactional
    public ProgrammeView update(UUID id, String ifMatch, UpdateProgrammeRequest request) {
        Programme programme = programme(id);
        ETags.requireMatch(ifMatch, programme.getVersion());
        requirePeriod(request.startsOn(), request.endsOn());
        programme.describe(clean(request.name()), clean(request.description()), request.startsOn(), request.endsOn(),
                clock.instant());
        programme.setStatus(request.status(), clock.instant());
        programmes.flush();
        return new ProgrammeView(programme, modules.ofProgramme(id));
    }

    @Transactional
    public ProgrammeView addModule(UUID id, ModuleRequest request) {
        Programme programme = programme(id);
        if (programme.isClosed()) {
            throw ProblemException.conflict("Programme " + id + " is closed; its modules can no longer change");
        }
        List<ProgrammeModule> existing = modules.ofProgramme(id);
        String name = clean(request.name());
        if (existing.stream().anyMatch(m -> m.getName().equalsIgnoreCase(name))) {
            throw ProblemException.conflict("The programme already has a module named \"" + name + "\"");
        }
        int position = existing.stream().mapToInt(ProgrammeModule::getPosition).max().orElse(0) + 1;
        modules.persist(new ProgrammeModule(id, position, name, clean(request.description()), request.hours()));
        programme.touch(clock.instant());
        programmes.flush();
        return new ProgrammeView(programme, modules.ofProgramme(id));
    }

    private static void requirePeriod(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
    }
}
