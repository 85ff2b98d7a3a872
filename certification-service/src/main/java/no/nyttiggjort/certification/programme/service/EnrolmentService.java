package no.nyttiggjort.certification.programme.service;

import static no.nyttiggjort.certification.common.Times.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.certification.programme.client.ProjectCheck;
import no.nyttiggjort.certification.programme.client.ProjectSummary;
import no.nyttiggjort.certification.programme.domain.Enrolment;
import no.nyttiggjort.certification.programme.domain.ModuleCompletion;
import no.nyttiggjort.certification.programme.domain.Programme;
import no.nyttiggjort.certification.programme.domain.ProgrammeModule;
import no.nyttiggjort.certification.programme.repository.CompletionRepository;
import no.nyttiggjort.certification.programme.repository.EnrolmentRepository;
import no.nyttiggjort.certification.programme.repository.ModuleRepository;
import no.nyttiggjort.certification.programme.repository.ProgrammeRepository;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;

/** Participants, their module completions and their exam projects. */
@ApplicationScoped
public class EnrolmentService {

    private final ProgrammeService programmeService;
    private final ProgrammeRepository programmes;
    private final EnrolmentRepository enrolments;
    private final ModuleRepository modules;
    private final CompletionRepository completions;
    private final ProjectCheck projectCheck;
    private final Caller caller;
    private final Clock clock;

    public EnrolmentService(ProgrammeService programmeService, ProgrammeRepository programmes,
            EnrolmentRepository enrolments, ModuleRepository modules, CompletionRepository completions,
            ProjectCheck projectCheck, Caller caller, Clock clock) {
        this.programmeService = programmeService;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.modules = modules;
        this.completions = completions;
        this.projectCheck = projectCheck;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public EnrolmentView enrol(UUID programmeId, EnrolmentRequest request) {
        Programme programme = programmeService.programme(programmeId);
        if (programme.isClosed()) {
            throw ProblemException.conflict("Programme " + programmeId + " is closed for enrolment");
        }
        String userId = request.userId().strip();
        if (enrolments.isEnrolled(programmeId, userId)) {
            throw ProblemException.conflict("User " + userId + " is already enrolled in this programme");
        }
        // Checked before anything is stored, so a foreign project leaves no half-made enrolment behind.
        Optional<ProjectSummary> project = Optional.ofNullable(request.examProjectId())
                .map(id -> projectCheck.requireOwn(id, "examProjectId"));
        Enrolment enrolment = new Enrolment(programme, userId, clean(request.name()), request.email().strip(),
                clean(request.unit()), clean(request.profession()), clock.instant());
        project.ifPresent(p -> enrolment.presents(p.id(), p.title(), clock.instant()));
        enrolments.persist(enrolment);
        return view(enrolment);
    }

    @Transactional
    public Page<EnrolmentView> ofProgramme(UUID programmeId, PageRequest page) {
        programmeService.programme(programmeId);
        List<EnrolmentView> items = enrolments.ofProgramme(programmeId, page.page(), page.size()).stream()
                .map(this::view).toList();
        return page.of(items, enrolments.countOfProgramme(programmeId));
    }

    /** Administrators of the municipality read any enrolment of it; a participant reads only their own. */
    @Transactional
    public EnrolmentView get(UUID id) {
        return view(readable(id));
    }

    @Transactional
    public Page<EnrolmentView> mine(PageRequest page) {
        String me = caller.subject();
        List<EnrolmentView> items = enrolments.ofUser(me, page.page(), page.size()).stream().map(this::view).toList();
        return page.of(items, enrolments.countOfUser(me));
    }

    @Transactional
    public EnrolmentView setExamProject(UUID id, String ifMatch, ExamProjectRequest request) {
        Enrolment enrolment = managed(id);
        ETags.requireMatch(ifMatch, enrolment.getVersion());
        ProjectSummary project = projectCheck.requireOwn(request.projectId(), "projectId");
        enrolment.presents(project.id(), project.title(), clock.instant());
        enrolments.flush();
        return view(enrolment);
    }

    @Transactional
    public EnrolmentView recordCompletion(UUID id, CompletionRequest request) {
        Enrolment enrolment = managed(id);
        Programme programme = programmes.findById(enrolment.getProgrammeId());
        ProgrammeModule module = modules.ofProgramme(programme.getId()).stream()
                .filter(m -> m.getId().equals(request.moduleId())).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("moduleId", "is not a module of this programme"));
        LocalDate on = request.completedOn();
        if (on.isBefore(programme.getStartsOn()) || on.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("completedOn", "must be between the programme's start and today");
        }
        if (completions.exists(id, module.getId())) {
            throw ProblemException.conflict("Module \"" + module.getName() + "\" is already recorded as completed");
        }
        completions.persist(new ModuleCompletion(id, module.getId(), on, caller.subject(), clock.instant()));
        enrolment.touch(clock.instant());
        enrolments.flush();
        return view(enrolment);
    }

    /** An enrolment a programme-admin of the caller's municipality may change, or 404. */
    @Transactional
    public Enrolment managed(UUID id) {
        return enrolments.findInMunicipality(id, caller.municipality())
                .orElseThrow(() -> ProblemException.notFound("Enrolment " + id));
    }

    @Transactional
    public EnrolmentView view(Enrolment enrolment) {
        return new EnrolmentView(enrolment, modules.ofProgramme(enrolment.getProgrammeId()),
                completions.ofEnrolment(enrolment.getId()));
    }

    private Enrolment readable(UUID id) {
        if (caller.hasRole(Roles.PROGRAMME_ADMIN) || caller.hasRole(Roles.MUNICIPALITY_ADMIN)) {
            Optional<Enrolment> found = enrolments.findInMunicipality(id, caller.municipality());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return enrolments.findByIdOptional(id)
                .filter(e -> e.getUserId().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("Enrolment " + id));
    }
}
