package no.nyttiggjort.certification.panel.service;

import static no.nyttiggjort.certification.common.Times.clean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.nyttiggjort.certification.panel.domain.Panel;
import no.nyttiggjort.certification.panel.domain.PanelMember;
import no.nyttiggjort.certification.panel.domain.Presentation;
import no.nyttiggjort.certification.panel.domain.PresentationParticipant;
import no.nyttiggjort.certification.panel.domain.Vote;
import no.nyttiggjort.certification.panel.repository.PanelMemberRepository;
import no.nyttiggjort.certification.panel.repository.PanelRepository;
import no.nyttiggjort.certification.panel.repository.ParticipantRepository;
import no.nyttiggjort.certification.panel.repository.PresentationRepository;
import no.nyttiggjort.certification.panel.repository.VoteRepository;
import no.nyttiggjort.certification.programme.domain.Enrolment;
import no.nyttiggjort.certification.programme.domain.Programme;
import no.nyttiggjort.certification.programme.repository.EnrolmentRepository;
import no.nyttiggjort.certification.programme.service.ProgrammeService;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;

/**
 * Expert panels, their presentations and votes. A panel is visible to the administrators of the
 * municipality that runs it and to its named members, whatever their municipality.
 */
@ApplicationScoped
public class PanelService {

    private final ProgrammeService programmes;
    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final PresentationRepository presentations;
    private final ParticipantRepository participants;
    private final VoteRepository votes;
    private final EnrolmentRepository enrolments;
    private final Caller caller;
    private final Clock clock;

    public PanelService(ProgrammeService programmes, PanelRepository panels, PanelMemberRepository members,
            PresentationRepository presentations, ParticipantRepository participants, VoteRepository votes,
            EnrolmentRepository enrolments, Caller caller, Clock clock) {
        this.programmes = programmes;
        this.panels = panels;
        this.members = members;
        this.presentations = presentations;
        this.participants = participants;
        this.votes = votes;
        this.enrolments = enrolments;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public PanelView create(UUID programmeId, CreatePanelRequest request) {
        Programme programme = programmes.programme(programmeId);
        if (programme.isClosed()) {
            throw ProblemException.conflict("Programme " + programmeId + " is closed; no new panels");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            if (!seen.add(request.members().get(i).userId().strip())) {
                throw ProblemException.invalidField("members[" + i + "].userId", "names a member twice");
            }
        }
        Panel panel = new Panel(programmeId, programme.getMunicipality(), clean(request.name()), caller.subject(),
                clock.instant());
        panels.persist(panel);
        for (MemberRequest m : request.members()) {
            members.persist(new PanelMember(panel.getId(), m.userId().strip(), clean(m.name()), m.municipality(),
                    clean(m.role())));
        }
        return new PanelView(panel, members.ofPanel(panel.getId()));
    }

    @Transactional
    public Page<PanelView> ofProgramme(UUID programmeId, PageRequest page) {
        programmes.programme(programmeId);
        List<PanelView> items = panels.ofProgramme(programmeId, page.page(), page.size()).stream()
                .map(p -> new PanelView(p, members.ofPanel(p.getId()))).toList();
        return page.of(items, panels.countOfProgramme(programmeId));
    }

    @Transactional
    public Page<PanelView> mine(PageRequest page) {
        String me = caller.subject();
        List<PanelView> items = panels.withMember(me, page.page(), page.size()).stream()
                .map(p -> new PanelView(p, members.ofPanel(p.getId()))).toList();
        return page.of(items, panels.countWithMember(me));
    }

    @Transactional
    public PanelView get(UUID panelId) {
        Panel panel = visible(panelId);
        return new PanelView(panel, members.ofPanel(panelId));
    }

    @Transactional
    public PresentationView addPresentation(UUID panelId, PresentationRequest request) {
        Panel panel = administered(panelId);
        List<UUID> ids = request.enrolmentIds();
        String title = null;
        for (int i = 0; i < ids.size(); i++) {
            String field = "enrolmentIds[" + i + "]";
            if (ids.indexOf(ids.get(i)) != i) {
                throw ProblemException.invalidField(field, "names a participant twice");
            }
            Enrolment e = enrolments.findByIdOptional(ids.get(i))
                    .filter(en -> en.getProgrammeId().equals(panel.getProgrammeId()))
                    .orElseThrow(() -> ProblemException.invalidField(field, "is not an enrolment of this panel's programme"));
            if (!request.projectId().equals(e.getExamProjectId())) {
                throw ProblemException.invalidField(field, "does not have projectId as exam project");
            }
            title = e.getExamProjectTitle();
        }
        if (presentations.projectPresented(panelId, request.projectId())) {
            throw ProblemException.conflict("Project " + request.projectId() + " is already presented to this panel");
        }
        Presentation presentation = new Presentation(panelId, request.projectId(), title,
                request.scheduledAt().toInstant(), clock.instant());
        presentations.persist(presentation);
        ids.forEach(id -> participants.persist(new PresentationParticipant(presentation.getId(), id)));
        return view(presentation);
    }

    @Transactional
    public Page<PresentationView> presentations(UUID panelId, PageRequest page) {
        visible(panelId);
        List<PresentationView> items = presentations.ofPanel(panelId, page.page(), page.size()).stream()
                .map(this::view).toList();
        return page.of(items, presentations.countOfPanel(panelId));
    }

    @Transactional
    public PresentationView presentation(UUID panelId, UUID presentationId) {
        visible(panelId);
        return view(presentations.inPanel(panelId, presentationId)
                .orElseThrow(() -> ProblemException.notFound("Presentation " + presentationId)));
    }

    /** Only a named member votes, once; the decision follows from the votes (see {@code Decision}). */
    @Transactional
    public PresentationView vote(UUID panelId, UUID presentationId, VoteRequest request) {
        visible(panelId);
        PanelMember member = members.find(panelId, caller.subject())
                .orElseThrow(() -> ProblemException.forbidden("Only the panel's named members vote"));
        Presentation presentation = presentations.inPanel(panelId, presentationId)
                .orElseThrow(() -> ProblemException.notFound("Presentation " + presentationId));
        if (votes.hasVoted(presentationId, member.getId())) {
            throw ProblemException.conflict("You have already voted on this presentation; a vote cannot be changed");
        }
        votes.persist(new Vote(presentationId, member.getId(), request.verdict(), clean(request.comment()),
                clock.instant()));
        votes.flush();
        return view(presentation);
    }

    /** Every presentation of a panel, for issuing certificates. */
    @Transactional
    public List<PresentationView> allPresentations(UUID panelId) {
        return presentations.allOfPanel(panelId).stream().map(this::view).toList();
    }

    /** The presentations an enrolment took part in, for deciding whether it passed. */
    @Transactional
    public List<PresentationView> presentationsOf(UUID enrolmentId) {
        return presentations.ofEnrolment(enrolmentId).stream().map(this::view).toList();
    }

    /** A panel of the caller's municipality, for its programme-admins; another municipality's panel is 404. */
    @Transactional
    public Panel administered(UUID panelId) {
        return panels.findByIdOptional(panelId)
                .filter(p -> p.getMunicipality().equals(caller.municipality()))
                .orElseThrow(() -> ProblemException.notFound("Panel " + panelId));
    }

    private Panel visible(UUID panelId) {
        Panel panel = panels.findByIdOptional(panelId)
                .orElseThrow(() -> ProblemException.notFound("Panel " + panelId));
        boolean admin = (caller.hasRole(Roles.PROGRAMME_ADMIN) || caller.hasRole(Roles.MUNICIPALITY_ADMIN))
                && panel.getMunicipality().equals(caller.municipality());
        boolean member = caller.hasRole(Roles.PANEL_MEMBER) && members.find(panelId, caller.subject()).isPresent();
        if (!admin && !member) {
            throw ProblemException.notFound("Panel " + panelId);
        }
        return panel;
    }

    private PresentationView view(Presentation p) {
        List<PanelMember> panelMembers = members.ofPanel(p.getPanelId());
        return new PresentationView(p, panelMembers, enrolments.byIds(participants.enrolmentsOf(p.getId())),
                votes.ofPresentation(p.getId()), null);
    }
}
