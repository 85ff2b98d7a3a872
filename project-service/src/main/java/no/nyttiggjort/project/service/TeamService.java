package no.nyttiggjort.project.service;

import static no.nyttiggjort.project.service.ProjectAccess.clean;
import static no.nyttiggjort.project.service.ProjectAccess.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.nyttiggjort.common.concurrency.ETags;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.FieldError;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.project.domain.Project;
import no.nyttiggjort.project.domain.TeamMember;
import no.nyttiggjort.project.repository.TeamMemberRepository;

/** The project team. A member with a user id may change the project. */
@ApplicationScoped
public class TeamService {

    private final ProjectAccess access;
    private final TeamMemberRepository team;

    public TeamService(ProjectAccess access, TeamMemberRepository team) {
        this.access = access;
        this.team = team;
    }

    @Transactional
    public TeamMember add(UUID projectId, TeamMemberRequest request) {
        Project project = access.changeable(projectId);
        String userId = clean(request.userId());
        requireNewUser(projectId, userId, null);
        TeamMember member = new TeamMember(projectId, access.now());
        member.describe(userId, clean(request.name()), clean(request.role()));
        team.persist(member);
        access.record(project, "TEAM_MEMBER_ADDED", member.getName() + " ble med i teamet som " + quote(member.getRole()));
        team.flush();
        return member;
    }

    @Transactional
    public Page<TeamMember> list(UUID projectId, PageRequest page) {
        access.readable(projectId);
        return page.of(team.pageOf(projectId, page.page(), page.size()), team.countOf(projectId));
    }

    @Transactional
    public TeamMember get(UUID projectId, UUID memberId) {
        access.readable(projectId);
        return find(projectId, memberId);
    }

    @Transactional
    public TeamMember update(UUID projectId, UUID memberId, String ifMatch, TeamMemberRequest request) {
        Project project = access.changeable(projectId);
        TeamMember member = find(projectId, memberId);
        ETags.requireMatch(ifMatch, member.getVersion());
        String userId = clean(request.userId());
        requireNewUser(projectId, userId, memberId);
        member.describe(userId, clean(request.name()), clean(request.role()));
        access.record(project, "TEAM_MEMBER_CHANGED", member.getName() + " har nå rollen " + quote(member.getRole()));
        team.flush();
        return member;
    }

    @Transactional
    public void remove(UUID projectId, UUID memberId, String ifMatch) {
        Project project = access.changeable(projectId);
        TeamMember member = find(projectId, memberId);
        ETags.requireMatch(ifMatch, member.getVersion());
        team.delete(member);
        access.record(project, "TEAM_MEMBER_REMOVED", member.getName() + " gikk ut av teamet");
        team.flush();
    }

    private void requireNewUser(UUID projectId, String userId, UUID exceptMember) {
        if (userId == null) {
            return;
        }
        team.findByUser(projectId, userId).filter(other -> !other.getId().equals(exceptMember)).ifPresent(other -> {
            throw new ProblemException(409, "conflict", "Conflict", "This user is already on the team",
                    List.of(new FieldError("userId", "is already on the team as " + other.getName())), null);
        });
    }

    private TeamMember find(UUID projectId, UUID memberId) {
        return team.findInProject(memberId, projectId).orElseThrow(() -> ProblemException.notFound("Team member " + memberId));
    }
}
