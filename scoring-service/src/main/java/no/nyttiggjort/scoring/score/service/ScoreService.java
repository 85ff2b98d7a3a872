package no.nyttiggjort.scoring.score.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import no.nyttiggjort.common.security.Caller;
import no.nyttiggjort.common.security.Roles;
import no.nyttiggjort.common.paging.Page;
import no.nyttiggjort.common.paging.PageRequest;
import no.nyttiggjort.common.problem.ProblemException;
import no.nyttiggjort.scoring.formula.SuccessFormula;
import no.nyttiggjort.scoring.project.client.ProjectRef;
import no.nyttiggjort.scoring.project.service.ProjectAccess;
import no.nyttiggjort.scoring.score.repository.TimelineEntry;
import no.nyttiggjort.scoring.score.repository.TimelineRepository;

/**
 * A project's score: the most recent of its assessments and closed rounds, whichever came last,
 * so a panel's consensus replaces earlier single assessments and a later assessment replaces it.
 */
@ApplicationScoped
public class ScoreService {

    private final TimelineRepository timeline;
    private final ProjectAccess projects;
    private final Caller caller;

    public ScoreService(TimelineRepository timeline, ProjectAccess projects, Caller caller) {
        this.timeline = timeline;
        this.projects = projects;
        this.caller = caller;
    }

    /**
     * A user sees the score of a project they can see. A service (certification's exam panels, whose
     * members come from other municipalities) reads it by id: it decided who may see it on its side.
     */
    public ProjectScore latest(UUID projectId) {
        Optional<TimelineEntry> latest;
        if (caller.hasRole(Roles.SERVICE)) {
            latest = timeline.latestOfAnyMunicipality(projectId);
        } else {
            ProjectRef project = projects.visible(projectId);
            latest = timeline.latest(project.id(), project.municipality());
        }
        TimelineEntry entry = latest.orElseThrow(() -> new ProblemException(404, "not-scored", "Not scored yet",
                        "Project " + projectId + " has no assessment or closed round yet"));
        return new ProjectScore(entry, SuccessFormula.analyse(entry.levels()));
    }

    public Page<TimelineEntry> history(UUID projectId, PageRequest page) {
        ProjectRef project = projects.visible(projectId);
        return page.of(timeline.history(project.id(), project.municipality(), page.page(), page.size()),
                timeline.countHistory(project.id(), project.municipality()));
    }
}
